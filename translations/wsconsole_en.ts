<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wsc::ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ApiError</name>
    <message numerus="yes">
        <source>The server asked to wait %n second(s) before trying again, longer than the console waits (%1 s). Try again later.</source>
        <translation>
            <numerusform>The server asked to wait %n second before trying again, longer than the console waits (%1 s). Try again later.</numerusform>
            <numerusform>The server asked to wait %n seconds before trying again, longer than the console waits (%1 s). Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ApplyDialog</name>
    <message numerus="yes">
        <source>%n step(s), in this order. Nothing is sent before you apply.</source>
        <translation>
            <numerusform>%n step, in this order. Nothing is sent before you apply.</numerusform>
            <numerusform>%n steps, in this order. Nothing is sent before you apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n step(s).</source>
        <translation>
            <numerusform>Applied: %n step.</numerusform>
            <numerusform>Applied: %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ColumnSummary</name>
    <message numerus="yes">
        <source>%n identity column(s)</source>
        <translation>
            <numerusform>%n identity column</numerusform>
            <numerusform>%n identity columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>attribute names</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>The connections had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>The connections had %n thing the console could not read (%1). The request inspector shows it with the answer.</numerusform>
            <numerusform>The connections had %n things the console could not read (%1). The request inspector shows them with the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data models had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>The data models had %n thing the console could not read (%1). The request inspector shows it with the answer.</numerusform>
            <numerusform>The data models had %n things the console could not read (%1). The request inspector shows them with the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field transformations had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>The field transformations had %n thing the console could not read (%1). The request inspector shows it with the answer.</numerusform>
            <numerusform>The field transformations had %n things the console could not read (%1). The request inspector shows them with the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pipelines had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>The pipelines had %n thing the console could not read (%1). The request inspector shows it with the answer.</numerusform>
            <numerusform>The pipelines had %n things the console could not read (%1). The request inspector shows them with the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1; secrets are written as references, never as values.</source>
        <translation>
            <numerusform>Exported %n resource to %1; secrets are written as references, never as values.</numerusform>
            <numerusform>Exported %n resources to %1; secrets are written as references, never as values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ModelPreviewPanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::PipelineView</name>
    <message numerus="yes">
        <source>Stopped after %Ln run(s); the older ones are not shown.</source>
        <translation>
            <numerusform>Stopped after %Ln run; the older ones are not shown.</numerusform>
            <numerusform>Stopped after %Ln runs; the older ones are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) in this range.</source>
        <translation>
            <numerusform>%Ln run in this range.</numerusform>
            <numerusform>%Ln runs in this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to %1.</source>
        <translation>
            <numerusform>Saved %n run to %1.</numerusform>
            <numerusform>Saved %n runs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1, %2, logical date %3 UTC, %Ln record(s)</source>
        <translation>
            <numerusform>Run %1, %2, logical date %3 UTC, %Ln record</numerusform>
            <numerusform>Run %1, %2, logical date %3 UTC, %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not yet · next check in %n second(s)</source>
        <translation>
            <numerusform>not yet · next check in %n second</numerusform>
            <numerusform>not yet · next check in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n second(s) ago · next check in %2 s</source>
        <translation>
            <numerusform>%1, %n second ago · next check in %2 s</numerusform>
            <numerusform>%1, %n seconds ago · next check in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n second(s) ago</source>
        <translation>
            <numerusform>%1, %n second ago</numerusform>
            <numerusform>%1, %n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s) ago · next check in %2 s</source>
        <translation>
            <numerusform>%1, %n minute ago · next check in %2 s</numerusform>
            <numerusform>%1, %n minutes ago · next check in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s) ago</source>
        <translation>
            <numerusform>%1, %n minute ago</numerusform>
            <numerusform>%1, %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the window now</source>
        <translation>
            <numerusform>%Ln row in the window now</numerusform>
            <numerusform>%Ln rows in the window now</numerusform>
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
    <name>wsc::ResourceEditor</name>
    <message numerus="yes">
        <source>The console could not read %n field(s) of this resource. They are kept and sent back exactly as the server sent them:</source>
        <translation>
            <numerusform>The console could not read %n field of this resource. It is kept and sent back exactly as the server sent it:</numerusform>
            <numerusform>The console could not read %n fields of this resource. They are kept and sent back exactly as the server sent them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::RunCharts</name>
    <message numerus="yes">
        <source>%Ln run(s), one point each.</source>
        <translation>
            <numerusform>%Ln run, one point each.</numerusform>
            <numerusform>%Ln runs, one point each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s); each point is the average of its interval.</source>
        <translation>
            <numerusform>%Ln run; each point is the average of its interval.</numerusform>
            <numerusform>%Ln runs; each point is the average of its interval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) from %1 to %2 UTC</source>
        <translation>
            <numerusform>%Ln run from %1 to %2 UTC</numerusform>
            <numerusform>%Ln runs from %1 to %2 UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SandboxDriver</name>
    <message numerus="yes">
        <source>row %1 does not have %n value(s)</source>
        <translation>
            <numerusform>row %1 does not have %n value</numerusform>
            <numerusform>row %1 does not have %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SchedulePreview</name>
    <message numerus="yes">
        <source>%n run(s) are already due and run back to back to catch up.</source>
        <translation>
            <numerusform>%n run is already due and runs to catch up.</numerusform>
            <numerusform>%n runs are already due and run back to back to catch up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) before %1 UTC lie beyond the catch-up limit (%2) and are skipped without a run.</source>
        <translation>
            <numerusform>%n interval before %1 UTC lies beyond the catch-up limit (%2) and is skipped without a run.</numerusform>
            <numerusform>%n intervals before %1 UTC lie beyond the catch-up limit (%2) and are skipped without a run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) with an empty window pass without a run.</source>
        <translation>
            <numerusform>%n interval with an empty window passes without a run.</numerusform>
            <numerusform>%n intervals with an empty window pass without a run.</numerusform>
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
    <name>wsc::TokenProvider</name>
    <message numerus="yes">
        <source>The token endpoint did not answer within %n second(s).</source>
        <translation>
            <numerusform>The token endpoint did not answer within %n second.</numerusform>
            <numerusform>The token endpoint did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::WorkspaceOverview</name>
    <message numerus="yes">
        <source>%n pipeline(s): %1 faulted, %2 running.</source>
        <translation>
            <numerusform>%n pipeline: %1 faulted, %2 running.</numerusform>
            <numerusform>%n pipelines: %1 faulted, %2 running.</numerusform>
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
    <message numerus="yes">
        <source>More rows exist; showing the first %n.</source>
        <translation>
            <numerusform>More rows exist; showing the first %n.</numerusform>
            <numerusform>More rows exist; showing the first %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::WsctlBundle</name>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>Exported %n resource to %1.</numerusform>
            <numerusform>Exported %n resources to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan cannot be applied: %n problem(s) above.</source>
        <translation>
            <numerusform>The plan cannot be applied: %n problem above.</numerusform>
            <numerusform>The plan cannot be applied: %n problems above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N]</source>
        <translation>
            <numerusform>Apply these %n change? [y/N]</numerusform>
            <numerusform>Apply these %n changes? [y/N]</numerusform>
        </translation>
    </message>
</context>
</TS>
