<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wsc::Delay</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n pipeline(s): %2. Delete those pipelines or change what they use first.</source>
        <translation>
            <numerusform>%1 is used by %n pipeline: %2. Delete that pipeline or change what it uses first.</numerusform>
            <numerusform>%1 is used by %n pipelines: %2. Delete those pipelines or change what they use first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The console closed last time with %n editor(s) not saved. Restore them? Secrets are never kept and must be typed again.</source>
        <translation>
            <numerusform>The console closed last time with %n editor not saved. Restore it? Secrets are never kept and must be typed again.</numerusform>
            <numerusform>The console closed last time with %n editors not saved. Restore them? Secrets are never kept and must be typed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be restored.</source>
        <translation>
            <numerusform>%n draft could not be restored.</numerusform>
            <numerusform>%n drafts could not be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::PipelineEditor</name>
    <message numerus="yes">
        <source>%n run(s) are already due and run back to back to catch up.</source>
        <translation>
            <numerusform>%n run is already due and runs at once to catch up.</numerusform>
            <numerusform>%n runs are already due and run back to back to catch up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ProfileDialog</name>
    <message numerus="yes">
        <source>Signed in. The workspace has %n connection(s).</source>
        <translation>
            <numerusform>Signed in. The workspace has %n connection.</numerusform>
            <numerusform>Signed in. The workspace has %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SqlFindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::Wsctl</name>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; takes %n argument.</numerusform>
            <numerusform>&quot;%1 %2&quot; takes %n arguments.</numerusform>
        </translation>
    </message>
</context>
</TS>
