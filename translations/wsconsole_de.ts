<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>wsc::ApiClient</name>
    <message>
        <location filename="../client/ApiClientCalls.cpp" line="+21"/>
        <source>%1: a field was kept as it came: %2</source>
        <translation>%1: Ein Feld wurde unverändert beibehalten: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An item that could not be read was skipped: %1</source>
        <translation>Ein nicht lesbares Element wurde übersprungen: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not what this endpoint returns: %1</source>
        <translation>Nicht das, was dieser Endpunkt zurückgibt: %1</translation>
    </message>
    <message>
        <location filename="../client/ApiClient.cpp" line="+193"/>
        <source>Not sent: only a sandbox on this computer has these endpoints.</source>
        <translation>Nicht gesendet: Nur eine Sandbox auf diesem Computer hat diese Endpunkte.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not sent: an id in the request is empty or not a valid id (ids are letters, digits, _ and -).</source>
        <translation>Nicht gesendet: Eine ID in der Anfrage ist leer oder ungültig (IDs bestehen aus Buchstaben, Ziffern, _ und -).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused to send over plain http: the API must use https (plain http is allowed only for this computer).</source>
        <translation>Senden über unverschlüsseltes http abgelehnt: Die API muss https verwenden (unverschlüsseltes http ist nur für diesen Computer zulässig).</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer broke off before its end.</source>
        <translation>Die Antwort des Servers brach vor ihrem Ende ab.</translation>
    </message>
</context>
<context>
    <name>wsc::ApiEndpoints</name>
    <message>
        <location filename="../client/ApiEndpoints.cpp" line="+53"/>
        <source>The id is empty.</source>
        <translation>Die ID ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid id: ids are letters, digits, _ and -.</source>
        <translation>&quot;%1&quot; ist keine gültige ID: IDs bestehen aus Buchstaben, Ziffern, _ und -.</translation>
    </message>
</context>
<context>
    <name>wsc::ApiError</name>
    <message>
        <location filename="../client/ApiError.cpp" line="+35"/>
        <source>No answer came (%1), so the outcome is unknown: refresh to see whether it happened. It was not sent again.</source>
        <translation>Es kam keine Antwort (%1), daher ist das Ergebnis unbekannt: Aktualisieren Sie, um zu prüfen, ob der Vorgang ausgeführt wurde. Die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Is it running?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Läuft er?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in failed: the client id or secret is wrong, or the token has expired.</source>
        <translation>Anmeldung fehlgeschlagen: Client-ID oder Client-Secret ist falsch, oder das Token ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential lacks Admin permission for this workspace.</source>
        <translation>Den Zugangsdaten fehlt die Admin-Berechtigung für diesen Workspace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found: it may have been deleted, or it is still being provisioned.</source>
        <translation>Nicht gefunden: Möglicherweise wurde es gelöscht oder wird noch bereitgestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not support this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large for the server.</source>
        <translation>Die Anfrage ist zu groß für den Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests: the server asked to slow down.</source>
        <translation>Zu viele Anfragen: Der Server hat um eine Drosselung gebeten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not connect to the warehouse. Check the user name and password, the account id, region, warehouse and database.</source>
        <translation>Der Server konnte keine Verbindung zum Warehouse herstellen. Prüfen Sie Benutzername und Passwort, Konto-ID, Region, Warehouse und Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../client/ApiCall.h" line="+96"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/RetryPolicy.cpp" line="+31"/>
        <source>The server asked to wait %n second(s) before trying again, longer than the console waits (%1 s). Try again later.</source>
        <translation>
            <numerusform>Der Server hat darum gebeten, vor einem erneuten Versuch %n Sekunde zu warten, länger als die Konsole wartet (%1 s). Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server hat darum gebeten, vor einem erneuten Versuch %n Sekunden zu warten, länger als die Konsole wartet (%1 s). Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ApiReply</name>
    <message>
        <location filename="../client/ApiCall.cpp" line="+16"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wsc::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="+36"/>
        <source>Warehouse Sync Console</source>
        <translation>Warehouse Sync Console</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Desktop console for the mParticle Warehouse Sync API v2.</source>
        <translation>Desktop-Konsole für die mParticle Warehouse Sync API v2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de or en.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this profile instead of the last used one.</source>
        <translation>Dieses Profil statt des zuletzt verwendeten öffnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory of the embedded local sandbox.</source>
        <translation>Datenverzeichnis der eingebetteten lokalen Sandbox.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Starting the local sandbox: preparing the demo workspace (first start only)…</source>
        <translation>Die lokale Sandbox startet: der Demo-Workspace wird vorbereitet (nur beim ersten Start)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox startet…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No client secret is stored for %1: enter it in the profile.</source>
        <translation>Für %1 ist kein Client-Secret gespeichert: Geben Sie es im Profil ein.</translation>
    </message>
</context>
<context>
    <name>wsc::ApplyDialog</name>
    <message>
        <location filename="../ui/compare/ApplyDialog.cpp" line="+24"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret %1 sent</source>
        <translation>Secret %1 wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created paused</source>
        <translation>pausiert angelegt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply to %1</source>
        <translation>Auf %1 anwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These secrets are not given: %1</source>
        <translation>Diese Secrets fehlen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This plan cannot be applied:</source>
        <translation>Dieser Plan kann nicht angewendet werden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to change: %1 holds what was chosen.</source>
        <translation>Nichts zu ändern: %1 enthält bereits das Ausgewählte.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s), in this order. Nothing is sent before you apply.</source>
        <translation>
            <numerusform>%n Schritt, in dieser Reihenfolge. Nichts wird gesendet, bevor Sie anwenden.</numerusform>
            <numerusform>%n Schritte, in dieser Reihenfolge. Nichts wird gesendet, bevor Sie anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Applied: %n step(s).</source>
        <translation>
            <numerusform>Angewendet: %n Schritt.</numerusform>
            <numerusform>Angewendet: %n Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped at step %1: %2
%3 of %4 steps were applied, the rest were not. Compare again to see what is left.</source>
        <translation>Bei Schritt %1 angehalten: %2
%3 von %4 Schritten wurden angewendet, die übrigen nicht. Vergleichen Sie erneut, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>wsc::BundleApplier</name>
    <message>
        <location filename="../client/bundle/BundleApplier.cpp" line="+51"/>
        <source>These secrets are not given: %1</source>
        <translation>Diese Secrets fehlen: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the workspace does not hold it</source>
        <translation>der Workspace enthält sie nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workspace holds something else under this id</source>
        <translation>der Workspace enthält unter dieser ID etwas anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer to the create was lost (%1) and %2; plan again to see what is left.</source>
        <translation>Die Antwort auf das Anlegen ging verloren (%1), und %2; planen Sie erneut, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server&apos;s answer is not a %1: %2</source>
        <translation>Die Antwort des Servers ist keine gültige Ressource (%1): %2</translation>
    </message>
</context>
<context>
    <name>wsc::BundleCodec</name>
    <message>
        <location filename="../models/domain/bundle/Bundle.cpp" line="+168"/>
        <source>Unknown kind of resource.</source>
        <translation>Unbekannte Art von Ressource.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field transformation</source>
        <translation>Feldtransformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>wsc::BundleCompare</name>
    <message>
        <location filename="../models/domain/bundle/BundleCompare.cpp" line="+17"/>
        <source>only left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>wsc::BundleFolder</name>
    <message>
        <location filename="../models/domain/bundle/BundleFolder.cpp" line="+54"/>
        <source>%1 is not a secret field: a {&quot;secret&quot;: …} reference belongs only in one (%2)</source>
        <translation>%1 ist kein Secret-Feld: Ein {&quot;secret&quot;: …}-Verweis gehört nur in eines (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the secret name &quot;%2&quot; is not upper-case letters, digits and underscores, starting with a letter or underscore</source>
        <translation>%1: Der Secret-Name &quot;%2&quot; besteht nicht aus Großbuchstaben, Ziffern und Unterstrichen, beginnend mit einem Buchstaben oder Unterstrich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a secret in clear text: write {&quot;secret&quot;: &quot;NAME&quot;} and give NAME when applying</source>
        <translation>%1 enthält ein Secret im Klartext: Schreiben Sie {&quot;secret&quot;: &quot;NAME&quot;} und geben Sie NAME beim Anwenden an</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a workspace folder: it has no readable %2 (%3)</source>
        <translation>%1 ist kein Workspace-Ordner: Er hat keine lesbare %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not the manifest of a workspace folder</source>
        <translation>%1: nicht das Manifest eines Workspace-Ordners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: format version %2 is not one this version reads (1 to %3); a newer version of the console wrote it</source>
        <translation>%1: Formatversion %2 kann diese Version nicht lesen (1 bis %3); eine neuere Version der Konsole hat sie geschrieben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name is not a resource id (letters, digits, _ and -)</source>
        <translation>der Dateiname ist keine Ressourcen-ID (Buchstaben, Ziffern, _ und -)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its id &quot;%1&quot; is not the file&apos;s name</source>
        <translation>seine ID &quot;%1&quot; ist nicht der Name der Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SQL is both in config.sql_query and in %1.sql: keep one</source>
        <translation>das SQL steht sowohl in config.sql_query als auch in %1.sql: Behalten Sie eines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no SQL: %1.sql is missing</source>
        <translation>kein SQL: %1.sql fehlt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1/%2.sql: there is no %2.json beside it</source>
        <translation>%1/%2.sql: daneben gibt es keine %2.json</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty and not a workspace folder (it has no %2): choose an empty folder or an earlier export.</source>
        <translation>%1 ist nicht leer und kein Workspace-Ordner (es gibt keine %2): Wählen Sie einen leeren Ordner oder einen früheren Export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove %1, which the workspace no longer has.</source>
        <translation>%1, das der Workspace nicht mehr hat, kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>wsc::BundlePlanner</name>
    <message>
        <location filename="../models/domain/bundle/BundlePlan.cpp" line="+112"/>
        <source>stays paused (pipelines are created and kept paused)</source>
        <translation>bleibt pausiert (Pipelines werden pausiert angelegt und pausiert gelassen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is set in the workspace (%2) and not in the bundle: kept as it is</source>
        <translation>%1 ist im Workspace gesetzt (%2), aber nicht im Bundle: bleibt, wie es ist</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>uses %1 %2, which the plan deletes</source>
        <translation>verwendet %1 %2, das der Plan löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses %1 %2, which neither the bundle nor the workspace has</source>
        <translation>verwendet %1 %2, das weder das Bundle noch der Workspace hat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 pipelines would be active, more than the published limit of %2 per workspace (spec §14): create them paused, or pause others first</source>
        <translation>%1 Pipelines wären aktiv, mehr als das veröffentlichte Limit von %2 pro Workspace (Spezifikation §14): Legen Sie sie pausiert an, oder pausieren Sie zuerst andere</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
</context>
<context>
    <name>wsc::ColumnBadges</name>
    <message>
        <location filename="../models/items/ColumnBadges.cpp" line="+51"/>
        <source>ID</source>
        <comment>badge of a user identity column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DV</source>
        <comment>badge of a device identity column</comment>
        <translation>DV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT</source>
        <comment>badge of the iterator column</comment>
        <translation>IT</translation>
    </message>
</context>
<context>
    <name>wsc::ColumnRoles</name>
    <message>
        <location filename="../models/domain/ColumnRole.cpp" line="+61"/>
        <source>User identity</source>
        <translation>Benutzeridentität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device identity</source>
        <translation>Geräteidentität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterator</source>
        <translation>Iterator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User attribute</source>
        <translation>Benutzerattribut</translation>
    </message>
</context>
<context>
    <name>wsc::ColumnSummary</name>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n identity column(s)</source>
        <translation>
            <numerusform>%n Identitätsspalte</numerusform>
            <numerusform>%n Identitätsspalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Attribut</numerusform>
            <numerusform>%n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>identities, attributes</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, iterator %2, %3</source>
        <comment>identities, iterator name, attributes</comment>
        <translation>%1, Iterator %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, no iterator column, %2</source>
        <comment>identities, attributes</comment>
        <translation>%1, keine Iteratorspalte, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 and %n more</source>
        <comment>attribute names</comment>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between attribute names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will be a new attribute if the profile does not have it</source>
        <translation>%1 wird ein neues Attribut, falls das Profil es noch nicht hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be new attributes if the profile does not have them</source>
        <translation>%1 werden neue Attribute, falls das Profil sie noch nicht hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <comment>counts; new attributes</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No identity column (email, customer_id, mpid, … §12.4): a user-attributes run would fail every row.</source>
        <translation>Keine Identitätsspalte (email, customer_id, mpid, … §12.4): Bei einem Benutzerattribute-Lauf würde jede Zeile fehlschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The iterator field %1 is not a column of the result: incremental runs would fail.</source>
        <translation>Das Iteratorfeld %1 ist keine Spalte des Ergebnisses: Inkrementelle Läufe würden fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>wsc::CompareText</name>
    <message>
        <location filename="../ui/compare/CompareText.cpp" line="+30"/>
        <source>SQL:</source>
        <translation>SQL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: secret %2. Its value cannot be compared (the API masks it); it is sent with any change of this resource.</source>
        <translation>%1: Secret %2. Sein Wert kann nicht verglichen werden (die API maskiert ihn); er wird mit jeder Änderung dieser Ressource gesendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 is only on the left: applying creates it on the right.</source>
        <translation>%1 gibt es nur links: Anwenden legt es rechts an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is only on the right: applying with it checked deletes it there.</source>
        <translation>%1 gibt es nur rechts: Anwenden mit Häkchen löscht es dort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 is the same on both sides (secrets cannot be compared).</source>
        <translation>%1 ist auf beiden Seiten gleich (Secrets können nicht verglichen werden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 differs. Right → left:</source>
        <translation>%1 unterscheidet sich. Rechts → links:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (- right, + left):</source>
        <translation>%1 (- rechts, + links):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>wsc::CompareWindow</name>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="+42"/>
        <source>Connections (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data models (%1)</source>
        <translation>Datenmodelle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field transformations (%1)</source>
        <translation>Feldtransformationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare Workspaces</source>
        <translation>Workspaces vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read both sides again and compare them (F5)</source>
        <translation>Beide Seiten erneut lesen und vergleichen (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left → right</source>
        <translation>Links → rechts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a resource to see how the two sides differ.</source>
        <translation>Wählen Sie eine Ressource, um zu sehen, wie sich die beiden Seiten unterscheiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete what only the right side has</source>
        <translation>Nur rechts Vorhandenes &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks every resource that is only on the right: applying deletes them there.</source>
        <translation>Hakt jede Ressource an, die es nur rechts gibt: Anwenden löscht sie dort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create pipelines &amp;paused</source>
        <translation>Pipelines &amp;pausiert anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A promotion starts no run before someone looks: new pipelines are created paused, and paused ones stay paused.</source>
        <translation>Eine Übernahme startet keinen Lauf, bevor jemand nachgesehen hat: Neue Pipelines werden pausiert angelegt, pausierte bleiben pausiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>&amp;Apply to the Right…</source>
        <translation>Rechts &amp;anwenden…</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Shows the plan first (Ctrl+Enter)</source>
        <translation>Zeigt zuerst den Plan (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This workspace (%1)</source>
        <translation>Dieser Workspace (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a folder of exported files</source>
        <translation>Mit einem Ordner exportierter Dateien vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a Workspace Folder</source>
        <translation>Workspace-Ordner wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both sides are the same workspace: choose another one on the right (a profile or a folder).</source>
        <translation>Beide Seiten sind derselbe Workspace: Wählen Sie rechts einen anderen (ein Profil oder einen Ordner).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading both sides…</source>
        <translation>Beide Seiten werden gelesen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The profile %1 is gone.</source>
        <translation>Das Profil %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 only left, %2 only right, %3 differ, %4 the same.</source>
        <translation>%1 nur links, %2 nur rechts, %3 unterschiedlich, %4 gleich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write to the Folder…</source>
        <translation>In den Ordner &amp;schreiben…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check the resources to apply first.</source>
        <translation>Haken Sie zuerst die anzuwendenden Ressourcen an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sides were read again while the secrets were asked for: apply again.</source>
        <translation>Die Seiten wurden neu gelesen, während nach den Secrets gefragt wurde: Wenden Sie erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindowApply.cpp" line="+75"/>
        <source>Nothing was applied: the plan needs %1.</source>
        <translation>Nichts wurde angewendet: Der Plan braucht %1.</translation>
    </message>
</context>
<context>
    <name>wsc::ConnectionEditor</name>
    <message>
        <location filename="../ui/editors/ConnectionEditor.cpp" line="+100"/>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Warehouse type:</source>
        <translation>&amp;Warehouse-Typ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filled in by the server</source>
        <translation>Wird vom Server ausgefüllt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account identifier:</source>
        <translation>Kontokennung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse:</source>
        <translation>Warehouse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Storage integration:</source>
        <translation>Storage-Integration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS IAM user ARN:</source>
        <translation>AWS-IAM-Benutzer-ARN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS external id:</source>
        <translation>AWS-externe ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Data location:</source>
        <translation>Datenstandort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project id:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset id:</source>
        <translation>Dataset-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service account:</source>
        <translation>Dienstkonto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account key:</source>
        <translation>Dienstkontoschlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IAM role ARN:</source>
        <translation>IAM-Rollen-ARN:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider (organisation):</source>
        <translation>Anbieter (Organisation):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The console does not know the provider &quot;%1&quot;: its settings are kept as they are and sent back unchanged.</source>
        <translation>Die Konsole kennt den Anbieter „%1“ nicht: Seine Einstellungen bleiben erhalten und werden unverändert zurückgesendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unchanged. The API needs it on every save: you will be asked for it when you save.</source>
        <translation>Unverändert. Die API benötigt es bei jedem Speichern: Sie werden beim Speichern danach gefragt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the password again</source>
        <translation>Passwort erneut eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server never returns the password, and the API needs it to save %1. Enter it again:</source>
        <translation>Der Server gibt das Passwort nie zurück, und die API benötigt es, um %1 zu speichern. Geben Sie es erneut ein:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the service account key again</source>
        <translation>Dienstkontoschlüssel erneut eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server never returns the service account key, and the API needs it to save %1. Paste the key file again:</source>
        <translation>Der Server gibt den Dienstkontoschlüssel nie zurück, und die API benötigt ihn, um %1 zu speichern. Fügen Sie die Schlüsseldatei erneut ein:</translation>
    </message>
    <message>
        <location filename="../ui/editors/ConnectionEditor.h" line="+36"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>wsc::DataModelEditor</name>
    <message>
        <location filename="../ui/editors/DataModelEditor.cpp" line="+51"/>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>The warehouse: %1</source>
        <translation>Das Warehouse: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result column</source>
        <translation>Ergebnisspalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maps to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <location filename="../ui/editors/DataModelEditor.h" line="+49"/>
        <source>New data model</source>
        <translation>Neues Datenmodell</translation>
    </message>
    <message>
        <location filename="../ui/editors/DataModelEditor.cpp" line="-79"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line %1, column %2 (warning): %3</source>
        <translation>Zeile %1, Spalte %2 (Warnung): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An expression without an alias: the warehouse names it. Add AS name.</source>
        <translation>Ein Ausdruck ohne Alias: Das Warehouse vergibt den Namen. Fügen Sie AS name hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute (name chosen by the warehouse)</source>
        <translation>Attribut (Name vom Warehouse vergeben)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every column of the table (known to the warehouse)</source>
        <translation>Alle Spalten der Tabelle (dem Warehouse bekannt)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Co&amp;lumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warehouse</source>
        <translation>&amp;Warehouse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a connection to browse its warehouse.</source>
        <translation>Fügen Sie eine Verbindung hinzu, um ihr Warehouse zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The warehouse&apos;s column probe: %1</source>
        <translation>Spaltenprüfung des Warehouse: %1</translation>
    </message>
</context>
<context>
    <name>wsc::Delay</name>
    <message>
        <location filename="../models/domain/Delay.cpp" line="+35"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>A delay is a whole number followed by one unit: s, m (minutes), h, d, w or y, e.g. 15m.</source>
        <translation>Eine Verzögerung ist eine ganze Zahl, gefolgt von einer Einheit: s, m (Minuten), h, d, w oder y, z. B. 15m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>The delay is too long: at most 100 years.</source>
        <translation>Die Verzögerung ist zu lang: höchstens 100 Jahre.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>wsc::Dialogs</name>
    <message>
        <location filename="../ui/dialogs/Dialogs.cpp" line="+116"/>
        <source>Nothing differs from what the server has. Send anyway?</source>
        <translation>Nichts unterscheidet sich vom Stand auf dem Server. Trotzdem senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving sends these changes to the server:</source>
        <translation>Beim Speichern werden diese Änderungen an den Server gesendet:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Derzeit auf dem Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a new secret)</source>
        <translation>(ein neues Geheimnis)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>wsc::Enums</name>
    <message>
        <location filename="../models/domain/Enums.cpp" line="+50"/>
        <source>%1 (unknown value)</source>
        <translation>%1 (unbekannter Wert)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google BigQuery</source>
        <translation>Google BigQuery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Redshift</source>
        <translation>Amazon Redshift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Faulted</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User attributes</source>
        <translation>Benutzerattribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (local time zone)</source>
        <translation>Zeitstempel (lokale Zeitzone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (no time zone)</source>
        <translation>Zeitstempel (ohne Zeitzone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp with time zone</source>
        <translation>Zeitstempel mit Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time with time zone</source>
        <translation>Datum und Uhrzeit mit Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unix time (milliseconds)</source>
        <translation>Unix-Zeit (Millisekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix time (seconds)</source>
        <translation>Unix-Zeit (Sekunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attempt requested</source>
        <translation>Versuch angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger requested</source>
        <translation>Auslösung angefordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event batch</source>
        <translation>Ereignis-Batch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static value</source>
        <translation>Statischer Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
<context>
    <name>wsc::FieldTransformationEditor</name>
    <message>
        <location filename="../ui/editors/FieldTransformationEditor.cpp" line="+40"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mappings:</source>
        <translation>&amp;Zuordnungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Mapping</source>
        <translation>Zuordnung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a mapping (Ctrl+Ins)</source>
        <translation>Zuordnung hinzufügen (Strg+Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mapping (Ctrl+Del)</source>
        <translation>Ausgewählte Zuordnung entfernen (Strg+Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected mapping up (Ctrl+Up)</source>
        <translation>Ausgewählte Zuordnung nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected mapping down (Ctrl+Down)</source>
        <translation>Ausgewählte Zuordnung nach unten verschieben (Strg+Runter)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Not used by this type of mapping</source>
        <translation>Von dieser Art der Zuordnung nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/editors/FieldTransformationEditor.h" line="+38"/>
        <source>New field transformation</source>
        <translation>Neue Feldtransformation</translation>
    </message>
</context>
<context>
    <name>wsc::IteratorColumnPicker</name>
    <message>
        <location filename="../ui/editors/IteratorColumnPicker.cpp" line="+19"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a column of the data model&apos;s result</source>
        <translation>Eine Spalte aus dem Ergebnis des Datenmodells wählen</translation>
    </message>
</context>
<context>
    <name>wsc::JsonCodec</name>
    <message>
        <location filename="../models/domain/PipelineCodecs.cpp" line="+109"/>
        <source>the page has no items array</source>
        <translation>die Seite enthält kein items-Array</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the run id is missing</source>
        <translation>die Lauf-ID fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the token is missing</source>
        <translation>das Token fehlt</translation>
    </message>
    <message>
        <location filename="../models/domain/JsonReader.cpp" line="+52"/>
        <source>The response body is empty.</source>
        <translation>Der Antworttext ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Malformed JSON: %1</source>
        <translation>Fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed JSON.</source>
        <translation>Fehlerhaftes JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected value</source>
        <translation>ein unerwarteter Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+275"/>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Unreadable value: %1</source>
        <translation>Nicht lesbarer Wert: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+221"/>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the number is out of range</source>
        <translation>die Zahl liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a whole number, got %1</source>
        <translation>Ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got &quot;%1&quot;</source>
        <translation>Ganze Zahl erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a timestamp string, got %1</source>
        <translation>Zeitstempel als Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an array of messages, got %1</source>
        <translation>Array von Meldungen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>the id is missing or unreadable</source>
        <translation>die ID fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceCodecs.cpp" line="+182"/>
        <source>every mapping must be an object</source>
        <translation>jede Zuordnung muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>wsc::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+66"/>
        <source>Warehouse Sync Console</source>
        <translation>Warehouse Sync Console</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a resource in the workspace tree to edit it, or create one from the File menu: New Data Model (Ctrl+N), New Connection (Ctrl+Shift+N), New Field Transformation or New Pipeline.</source>
        <translation>Doppelklicken Sie im Workspace-Baum auf eine Ressource, um sie zu bearbeiten, oder erstellen Sie eine über das Menü Datei: Neues Datenmodell (Strg+N), Neue Verbindung (Strg+Umschalt+N), Neue Feldtransformation oder Neue Pipeline.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowTree.cpp" line="+59"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by id or name</source>
        <translation>Nach ID oder Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+24"/>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Request Inspector</source>
        <translation>&amp;Anfrage-Inspektor</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/main/MainWindowTree.cpp" line="+74"/>
        <source>&amp;New Data Model</source>
        <translation>&amp;Neues Datenmodell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New C&amp;onnection</source>
        <translation>Neue &amp;Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Field Transformation</source>
        <translation>Neue &amp;Feldtransformation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Pipeline</source>
        <translation>Neue &amp;Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare &amp;Workspaces…</source>
        <translation>&amp;Workspaces vergleichen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Workspace…</source>
        <translation>Workspace &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Folder…</source>
        <translation>Aus Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/main/MainWindowTree.cpp" line="+35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace &amp;Overview</source>
        <translation>&amp;Übersicht des Workspace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Warehouse Sync Console</source>
        <translation>Ü&amp;ber Warehouse Sync Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to another workspace profile</source>
        <translation>Zu einem anderen Workspace-Profil wechseln</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connections had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>In der Liste der Verbindungen konnte die Konsole %n Eintrag nicht lesen (%1). Der Anfrage-Inspektor zeigt ihn bei der Antwort.</numerusform>
            <numerusform>In der Liste der Verbindungen konnte die Konsole %n Einträge nicht lesen (%1). Der Anfrage-Inspektor zeigt sie bei der Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The data models had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>In der Liste der Datenmodelle konnte die Konsole %n Eintrag nicht lesen (%1). Der Anfrage-Inspektor zeigt ihn bei der Antwort.</numerusform>
            <numerusform>In der Liste der Datenmodelle konnte die Konsole %n Einträge nicht lesen (%1). Der Anfrage-Inspektor zeigt sie bei der Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The field transformations had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>In der Liste der Feldtransformationen konnte die Konsole %n Eintrag nicht lesen (%1). Der Anfrage-Inspektor zeigt ihn bei der Antwort.</numerusform>
            <numerusform>In der Liste der Feldtransformationen konnte die Konsole %n Einträge nicht lesen (%1). Der Anfrage-Inspektor zeigt sie bei der Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The pipelines had %n thing(s) the console could not read (%1). The request inspector shows them with the answer.</source>
        <translation>
            <numerusform>In der Liste der Pipelines konnte die Konsole %n Eintrag nicht lesen (%1). Der Anfrage-Inspektor zeigt ihn bei der Antwort.</numerusform>
            <numerusform>In der Liste der Pipelines konnte die Konsole %n Einträge nicht lesen (%1). Der Anfrage-Inspektor zeigt sie bei der Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowTabs.cpp" line="+78"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is used by %n pipeline(s): %2. Delete those pipelines or change what they use first.</source>
        <translation>
            <numerusform>%1 wird von %n Pipeline verwendet: %2. Löschen Sie diese Pipeline oder ändern Sie zuerst, was sie verwendet.</numerusform>
            <numerusform>%1 wird von %n Pipelines verwendet: %2. Löschen Sie diese Pipelines oder ändern Sie zuerst, was sie verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its run history is deleted too, and a run in progress is stopped.</source>
        <translation>Sein Laufverlauf wird ebenfalls gelöscht, und ein laufender Lauf wird gestoppt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pipeline uses it.</source>
        <translation>Keine Pipeline verwendet es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (%2) from the workspace? This cannot be undone.</source>
        <translation>%1 (%2) aus dem Workspace löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is no longer in the workspace.</source>
        <translation>%1 ist nicht mehr im Workspace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowTree.cpp" line="-53"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Settings</source>
        <translation>Einstellungen &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Connection</source>
        <translation>&amp;Neue Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Field Transformation</source>
        <translation>&amp;Neue Feldtransformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Pipeline</source>
        <translation>&amp;Neue Pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to &amp;Workspace…</source>
        <translation>In anderen &amp;Workspace kopieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compares these resources and what they depend on with another workspace, and copies them there after showing the plan</source>
        <translation>Vergleicht diese Ressourcen und das, wovon sie abhängen, mit einem anderen Workspace und kopiert sie dorthin, nachdem der Plan gezeigt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;try Loading This List</source>
        <translation>Laden dieser Liste &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowTabs.cpp" line="+31"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowSession.cpp" line="+148"/>
        <location line="+19"/>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>The console closed last time with %n editor(s) not saved. Restore them? Secrets are never kept and must be typed again.</source>
        <translation>
            <numerusform>Die Konsole wurde beim letzten Mal mit %n nicht gespeicherten Editor geschlossen. Wiederherstellen? Geheimnisse werden nie aufbewahrt und müssen erneut eingegeben werden.</numerusform>
            <numerusform>Die Konsole wurde beim letzten Mal mit %n nicht gespeicherten Editoren geschlossen. Wiederherstellen? Geheimnisse werden nie aufbewahrt und müssen erneut eingegeben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n draft(s) could not be restored.</source>
        <translation>
            <numerusform>%n Entwurf konnte nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Entwürfe konnten nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+58"/>
        <source>The new language is used when the console starts next.</source>
        <translation>Die neue Sprache wird beim nächsten Start der Konsole verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Warehouse Sync Console</source>
        <translation>Über Warehouse Sync Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Warehouse Sync Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for the mParticle Warehouse Sync API v2.&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warehouse Sync Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für die mParticle Warehouse Sync API v2.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindowBundle.cpp" line="+59"/>
        <source>Import from a Workspace Folder</source>
        <translation>Aus einem Workspace-Ordner importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy to Workspace</source>
        <translation>In anderen Workspace kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the Workspace to a Folder</source>
        <translation>Workspace in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to a Folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the workspace…</source>
        <translation>Der Workspace wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The workspace could not be read: %1</source>
        <translation>Der Workspace konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n resource(s) to %1; secrets are written as references, never as values.</source>
        <translation>
            <numerusform>%n Ressource nach %1 exportiert; Secrets werden als Verweise geschrieben, nie als Werte.</numerusform>
            <numerusform>%n Ressourcen nach %1 exportiert; Secrets werden als Verweise geschrieben, nie als Werte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ModelPreviewPanel</name>
    <message>
        <location filename="../ui/editors/ModelPreviewPanel.cpp" line="+33"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the query, or the selected part, as the service wraps it (Ctrl+Enter)</source>
        <translation>Die Abfrage oder den ausgewählten Teil so ausführen, wie der Dienst sie umschließt (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many rows are read</source>
        <translation>Höchstens so viele Zeilen werden gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on &amp;connection</source>
        <translation>über &amp;Verbindung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Running… %1 s</source>
        <translation>Wird ausgeführt… %1 s</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a connection first.</source>
        <translation>Fügen Sie zuerst eine Verbindung hinzu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2; more rows exist.</source>
        <translation>%1 in %2; es gibt weitere Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Warehouse password</source>
        <translation>Warehouse-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of user %1 for %2 (kept in the system keychain):</source>
        <translation>Passwort von Benutzer %1 für %2 (wird im Schlüsselbund des Systems aufbewahrt):</translation>
    </message>
</context>
<context>
    <name>wsc::Notifier</name>
    <message>
        <location filename="../ui/main/Notifier.cpp" line="+96"/>
        <source>%1 faulted</source>
        <translation>%1 ist gestört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline stopped syncing until the problem is fixed.</source>
        <translation>Die Pipeline synchronisiert nicht mehr, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A run of %1 failed</source>
        <translation>Ein Lauf von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 failed.</source>
        <translation>Lauf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 failed: %2</source>
        <translation>Lauf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run of %1 finished</source>
        <translation>Lauf von %1 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 succeeded with %2 records.</source>
        <translation>Lauf %1 war erfolgreich mit %2 Datensätzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run of %1 ended: %2</source>
        <translation>Lauf von %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 did not succeed.</source>
        <translation>Lauf %1 war nicht erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>wsc::OtherWorkspace</name>
    <message>
        <location filename="../client/bundle/OtherWorkspace.cpp" line="+30"/>
        <source>No client secret is stored for %1: enter it in the profile.</source>
        <translation>Für %1 ist kein Client-Secret gespeichert: Geben Sie es im Profil ein.</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineDeliverySection</name>
    <message>
        <location filename="../ui/editors/PipelineSections.cpp" line="+389"/>
        <source>Where it goes</source>
        <translation>Wohin es geht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;plan id:</source>
        <translation>Daten&amp;plan-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data plan &amp;version:</source>
        <translation>Datenplan-&amp;Version:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner &amp;feed id:</source>
        <translation>Partner-&amp;Feed-ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner feed &amp;key:</source>
        <translation>Partner-Feed-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineEditor</name>
    <message>
        <location filename="../ui/editors/PipelineEditor.cpp" line="+85"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Next runs (preview)</source>
        <translation>Nächste Läufe (Vorschau)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many active pipelines</source>
        <translation>Zu viele aktive Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace already has as many active pipelines as it may have, so %1 cannot be active. Save it paused instead? You can resume it once another pipeline is paused.</source>
        <translation>Der Arbeitsbereich hat bereits so viele aktive Pipelines, wie er haben darf, daher kann %1 nicht aktiv sein. Stattdessen pausiert speichern? Sie können sie fortsetzen, sobald eine andere Pipeline pausiert ist.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&quot;%1&quot; is not a column of the data model&apos;s result (%2): its runs would find no iterator.</source>
        <translation>„%1“ ist keine Spalte im Ergebnis des Datenmodells (%2): seine Läufe fänden keinen Iterator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged. The server masks it: you will be asked for it when you save.</source>
        <translation>Unverändert. Der Server gibt ihn nur maskiert zurück: Sie werden beim Speichern danach gefragt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the feed key again</source>
        <translation>Feed-Schlüssel erneut eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server masks the partner feed key, and a save without it would drop it. Enter the key of %1 again:</source>
        <translation>Der Server gibt den Partner-Feed-Schlüssel nur maskiert zurück, und beim Speichern ohne ihn ginge er verloren. Geben Sie den Schlüssel von %1 erneut ein:</translation>
    </message>
    <message>
        <location filename="../ui/editors/PipelineEditor.h" line="+39"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit: %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineOverviewModel</name>
    <message>
        <location filename="../models/items/PipelineOverviewModel.cpp" line="+199"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no runs yet</source>
        <translation>noch keine Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records (24 h)</source>
        <translation>Datensätze (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records per run (24 h)</source>
        <translation>Datensätze pro Lauf (24 h)</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineQueries</name>
    <message>
        <location filename="../ui/pipeline/PipelineQueries.cpp" line="+42"/>
        <source>Next run (expected)</source>
        <translation>Nächster Lauf (voraussichtlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger now (expected)</source>
        <translation>Jetzt auslösen (voraussichtlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected run</source>
        <translation>Ausgewählter Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;for:</source>
        <translation>Anz&amp;eigen für:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column probe</source>
        <translation>Spaltenprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count of the window</source>
        <translation>Anzahl im Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cou&amp;nt Rows</source>
        <translation>Zeilen zähle&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the rows of this window in the warehouse preview</source>
        <translation>Die Zeilen dieses Fensters in der Warehouse-Vorschau zählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the statement to the clipboard</source>
        <translation>Die Anweisung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Run %1 (selected in Runs)</source>
        <translation>Lauf %1 (unter „Läufe“ ausgewählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected run (select one in Runs)</source>
        <translation>Ausgewählter Lauf (wählen Sie einen unter „Läufe“)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The pipeline is not loaded.</source>
        <translation>Die Pipeline ist nicht geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its data model %1 is not loaded.</source>
        <translation>Ihr Datenmodell %1 ist nicht geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a run in the Runs tab to see the queries of its window.</source>
        <translation>Wählen Sie auf der Registerkarte „Läufe“ einen Lauf, um die Abfragen seines Fensters zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scheduled run is coming (the pipeline runs on demand or once, is not active, or its schedule has ended): this is what a trigger now would read.</source>
        <translation>Es steht kein geplanter Lauf an (die Pipeline läuft bei Bedarf oder einmalig, ist nicht aktiv, oder ihr Zeitplan ist beendet): Gezeigt wird, was ein sofortiges Auslösen lesen würde.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineScheduleSection</name>
    <message>
        <location filename="../ui/editors/PipelineSections.cpp" line="-143"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;uns:</source>
        <translation>&amp;Läufe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;requency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delay after each tick:</source>
        <translation>&amp;Verzögerung nach jedem Takt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First tick (UTC):</source>
        <translation>Erster Takt (UTC):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last tick (UTC):</source>
        <translation>Letzter Takt (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no end</source>
        <translation>leer: kein Ende</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineSourcesSection</name>
    <message>
        <location line="-203"/>
        <source>What it reads</source>
        <translation>Was sie liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data model:</source>
        <translation>&amp;Datenmodell:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pick one, or type its id</source>
        <translation>eine auswählen oder ihre ID eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Field transformation:</source>
        <translation>&amp;Feldtransformation:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a connection…</source>
        <translation>Verbindung wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a data model…</source>
        <translation>Datenmodell wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineSyncSection</name>
    <message>
        <location line="+44"/>
        <source>Sync mode</source>
        <translation>Synchronisationsmodus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync &amp;mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a column of the data model, e.g. updated_at</source>
        <translation>eine Spalte des Datenmodells, z. B. updated_at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Iterator column:</source>
        <translation>&amp;Iteratorspalte:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Iterator t&amp;ype:</source>
        <translation>Iterator-T&amp;yp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read from (UTC):</source>
        <translation>Lesen ab (UTC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read until (UTC):</source>
        <translation>Lesen bis (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: from the oldest record</source>
        <translation>leer: ab dem ältesten Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no limit</source>
        <translation>leer: ohne Grenze</translation>
    </message>
</context>
<context>
    <name>wsc::PipelineView</name>
    <message>
        <location filename="../ui/pipeline/PipelineView.cpp" line="+45"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewRuns.cpp" line="+203"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run history could not be loaded: %1</source>
        <translation>Der Laufverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+52"/>
        <source>&amp;Trigger Now</source>
        <translation>Jetzt &amp;auslösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh St&amp;atus</source>
        <translation>Status &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineView.cpp" line="+177"/>
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+15"/>
        <source>Trigger Now</source>
        <translation>Jetzt auslösen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+4"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+75"/>
        <source>Start a run now (Ctrl+R)</source>
        <translation>Jetzt einen Lauf starten (Strg+R)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Open the pipeline&apos;s settings (Ctrl+E)</source>
        <translation>Die Einstellungen der Pipeline öffnen (Strg+E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data model:</source>
        <translation>Datenmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest success:</source>
        <translation>Letzter Erfolg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewRuns.cpp" line="-142"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logical dates, in UTC</source>
        <translation>Logische Daten, in UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or running</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows shown, in the order shown</source>
        <translation>Die angezeigten Zeilen in der angezeigten Reihenfolge speichern</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+136"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Load All</source>
        <translation>Alle laden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopped after %Ln run(s); the older ones are not shown.</source>
        <translation>
            <numerusform>Nach %Ln Lauf angehalten; die älteren werden nicht angezeigt.</numerusform>
            <numerusform>Nach %Ln Läufen angehalten; die älteren werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewSchedule.cpp" line="+56"/>
        <source>&amp;Next runs to show:</source>
        <translation>&amp;Nächste Läufe anzeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on from now</source>
        <translation>Ab jetzt weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As if activated now, catching up</source>
        <translation>Als ob jetzt aktiviert, mit Nachholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pipeline activated with a start in the past first catches up on the runs already due, as far back as the catch-up limit allows.</source>
        <translation>Eine Pipeline, deren Beginn in der Vergangenheit liegt, holt nach der Aktivierung zuerst die fälligen Läufe nach, so weit das Nachhol-Limit reicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (deleted)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (gelöscht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineView.cpp" line="-94"/>
        <source>The pipeline is paused: the service may refuse to run it until it is resumed.</source>
        <translation>Die Pipeline ist pausiert: Der Dienst lehnt es möglicherweise ab, sie auszuführen, bis sie fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline is not active: the service may refuse to run it.</source>
        <translation>Die Pipeline ist nicht aktiv: Der Dienst lehnt es möglicherweise ab, sie auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its connection %1 is not active: the service may refuse to run it.</source>
        <translation>Die zugehörige Verbindung %1 ist nicht aktiv: Der Dienst lehnt es möglicherweise ab, die Pipeline auszuführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its status is not known yet.</source>
        <translation>Der Status der Pipeline ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pipeline no longer exists.</source>
        <translation>Die Pipeline existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+20"/>
        <source>Waiting for the pipeline&apos;s status…</source>
        <translation>Warte auf den Status der Pipeline…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineView.cpp" line="+3"/>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pipeline/PipelineViewStatus.cpp" line="+23"/>
        <source>Run %1, %2, logical date %3 UTC, %Ln record(s)</source>
        <translation>
            <numerusform>Lauf %1, %2, logisches Datum %3 UTC, %Ln Datensatz</numerusform>
            <numerusform>Lauf %1, %2, logisches Datum %3 UTC, %Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>not yet · next check in %n second(s)</source>
        <translation>
            <numerusform>noch nicht · nächste Prüfung in %n Sekunde</numerusform>
            <numerusform>noch nicht · nächste Prüfung in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n second(s) ago · next check in %2 s</source>
        <translation>
            <numerusform>%1, vor %n Sekunde · nächste Prüfung in %2 s</numerusform>
            <numerusform>%1, vor %n Sekunden · nächste Prüfung in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n second(s) ago</source>
        <translation>
            <numerusform>%1, vor %n Sekunde</numerusform>
            <numerusform>%1, vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n minute(s) ago · next check in %2 s</source>
        <translation>
            <numerusform>%1, vor %n Minute · nächste Prüfung in %2 s</numerusform>
            <numerusform>%1, vor %n Minuten · nächste Prüfung in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n minute(s) ago</source>
        <translation>
            <numerusform>%1, vor %n Minute</numerusform>
            <numerusform>%1, vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Start a run now (Ctrl+R). %1</source>
        <translation>Jetzt einen Lauf starten (Strg+R). %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet.</source>
        <translation>Noch keiner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 ended: %2.</source>
        <translation>Lauf %1 beendet: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The status could not be refreshed: %1</source>
        <translation>Der Status konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineView.cpp" line="-109"/>
        <source>&amp;Queries</source>
        <translation>Abfra&amp;gen</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>a full sync reads the whole range</source>
        <translation>eine vollständige Synchronisation liest den ganzen Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the end of the latest successful run</source>
        <translation>ab dem Ende des letzten erfolgreichen Laufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from where run %1, the latest successful one, ended</source>
        <translation>ab dem Ende von Lauf %1, dem letzten erfolgreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the sync mode&apos;s From, as nothing has succeeded yet</source>
        <translation>ab dem „Von“ des Synchronisationsmodus, da noch nichts erfolgreich war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the beginning, as nothing has succeeded yet</source>
        <translation>von Anfang an, da noch nichts erfolgreich war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end of run %1</source>
        <translation>dem Ende von Lauf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a run of %1 now?</source>
        <translation>Jetzt einen Lauf von %1 starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It reads the data window from %1 to %2 UTC (%3).</source>
        <translation>Er liest das Datenfenster von %1 bis %2 UTC (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It must stay under %1 records, the published limit for runs started on demand; a larger count fails the run and faults the pipeline.</source>
        <translation>Er muss unter %1 Datensätzen bleiben, dem veröffentlichten Limit für bedarfsgesteuerte Läufe; mehr lassen den Lauf fehlschlagen und stören die Pipeline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline is faulted (%1). A successful run clears the fault.</source>
        <translation>Die Pipeline ist gestört (%1). Ein erfolgreicher Lauf hebt die Störung auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requesting a run…</source>
        <translation>Lauf wird angefordert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A run of %1 is already in progress; the service starts no second one until it ends (%2).</source>
        <translation>Ein Lauf von %1 ist bereits im Gang; der Dienst startet keinen zweiten, bevor er endet (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a run started is not known: %1</source>
        <translation>Ob ein Lauf gestartet wurde, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was not started: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in progress</source>
        <translation>Bereits im Gang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger failed</source>
        <translation>Auslösen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 requested; it appears below as it is queued and runs.</source>
        <translation>Lauf %1 angefordert; er erscheint unten, sobald er wartet und läuft.</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewRuns.cpp" line="+128"/>
        <source>Loading the run history…</source>
        <translation>Laufverlauf wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the run history: %1 of %2 runs…</source>
        <translation>Laufverlauf wird geladen: %1 von %2 Läufen…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln run(s) in this range.</source>
        <translation>
            <numerusform>%Ln Lauf in diesem Bereich.</numerusform>
            <numerusform>%Ln Läufe in diesem Bereich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1-runs.csv</source>
        <translation>%1-laeufe.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runs could not be saved to %1: %2</source>
        <translation>Die Läufe konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n run(s) to %1.</source>
        <translation>
            <numerusform>%n Lauf in %1 gespeichert.</numerusform>
            <numerusform>%n Läufe in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pipeline/PipelineViewQueries.cpp" line="+67"/>
        <source>The pipeline&apos;s connection is not in the workspace.</source>
        <translation>Die Verbindung der Pipeline ist nicht im Workspace.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The warehouse was not known yet; press Count Rows again.</source>
        <translation>Das Warehouse war noch nicht bekannt; klicken Sie erneut auf „Zeilen zählen“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The warehouse&apos;s answer is not a count.</source>
        <translation>Die Antwort des Warehouse ist keine Anzahl.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) in the window now</source>
        <translation>
            <numerusform>%Ln Zeile jetzt im Fenster</numerusform>
            <numerusform>%Ln Zeilen jetzt im Fenster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows in the window now</source>
        <translation>%1 Zeilen jetzt im Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; the run read %2 (%3)</source>
        <translation>%1; der Lauf las %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same now</source>
        <translation>jetzt gleich viele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more now</source>
        <translation>jetzt %1 mehr</translation>
    </message>
</context>
<context>
    <name>wsc::PostgresDriver</name>
    <message>
        <location filename="../client/warehouse/PostgresDriver.cpp" line="+32"/>
        <source>The connection to the warehouse was closed.</source>
        <translation>Die Verbindung zum Warehouse wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>wsc::PostgresSupport</name>
    <message>
        <location filename="../client/warehouse/PostgresSupport.cpp" line="+29"/>
        <source>PostgreSQL at %1:%2/%3</source>
        <translation>PostgreSQL unter %1:%2/%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed. On Debian, install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert. Installieren Sie unter Debian das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The query ran longer than %1 s and was stopped.</source>
        <translation>Die Abfrage lief länger als %1 s und wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one statement can run here: the text goes on after a &quot;;&quot;.</source>
        <translation>Hier kann nur eine Anweisung ausgeführt werden: Der Text geht nach einem &quot;;&quot; weiter.</translation>
    </message>
</context>
<context>
    <name>wsc::PostgresWorker</name>
    <message>
        <location filename="../client/warehouse/PostgresWorker.cpp" line="+66"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
</context>
<context>
    <name>wsc::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a desktop &amp;notification when a pipeline faults, a run fails or a triggered run ends</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn eine Pipeline gestört ist, ein Lauf fehlschlägt oder ein ausgelöster Lauf endet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used when the console starts next.</source>
        <translation>Die neue Sprache wird beim nächsten Start der Konsole verwendet.</translation>
    </message>
</context>
<context>
    <name>wsc::ProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/ProfileDialog.cpp" line="+30"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>e.g. Production US1</source>
        <translation>z. B. Produktion US1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace id:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Test Sign-in</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>(started by the console)</source>
        <translation>(von der Konsole gestartet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The built-in profile runs a local sandbox inside the console: nothing to set up.</source>
        <translation>Das integrierte Profil startet eine lokale Sandbox in der Konsole: Es ist nichts einzurichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is kept in the system keychain, never in the settings.</source>
        <translation>Das Client-Secret wird im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is not available: the client secret is kept only until the console closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Das Client-Secret wird nur bis zum Schließen der Konsole aufbewahrt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A new profile needs the client secret.</source>
        <translation>Ein neues Profil benötigt das Client-Secret.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the client secret to test the sign-in.</source>
        <translation>Geben Sie das Client-Secret ein, um die Anmeldung zu testen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URLs must be valid and use https (plain http is allowed only for this computer).</source>
        <translation>Die URLs müssen gültig sein und https verwenden (unverschlüsseltes http ist nur für diesen Computer zulässig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Signed in. The workspace has %n connection(s).</source>
        <translation>
            <numerusform>Angemeldet. Der Workspace hat %n Verbindung.</numerusform>
            <numerusform>Angemeldet. Der Workspace hat %n Verbindungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::ProfileStore</name>
    <message>
        <location filename="../client/Profile.cpp" line="+19"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is the built-in profile; choose another name.</source>
        <translation>&quot;%1&quot; ist das integrierte Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API base URL is not a valid URL.</source>
        <translation>Die API-Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URLs must use https (plain http is allowed only for this computer).</source>
        <translation>Die URLs müssen https verwenden (unverschlüsseltes http ist nur für diesen Computer zulässig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile needs the workspace id.</source>
        <translation>Ein Profil benötigt die Workspace-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile needs the client id.</source>
        <translation>Ein Profil benötigt die Client-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens &quot;%1&quot; ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>wsc::QueryResultModel</name>
    <message>
        <location filename="../models/items/QueryResultModel.cpp" line="+244"/>
        <source>type not given</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (§12.4)</source>
        <comment>a column role and the spec section</comment>
        <translation>%1 (§12.4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the pipeline&apos;s iterator field)</source>
        <comment>a column role</comment>
        <translation>%1 (Iteratorfeld der Pipeline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Type: %2
%3</source>
        <comment>column name, type, role</comment>
        <translation>%1
Typ: %2
%3</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+15"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>wsc::QueryWindow</name>
    <message>
        <location filename="../models/domain/QueryWindow.cpp" line="+58"/>
        <source>expected next run: due %1; the service decides</source>
        <translation>voraussichtlich nächster Lauf: fällig %1; der Dienst entscheidet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected for a trigger at %1; the service decides</source>
        <translation>voraussichtlich für eine Auslösung um %1; der Dienst entscheidet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>wsc::RequestInspector</name>
    <message>
        <location filename="../ui/main/RequestInspector.cpp" line="+104"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request body (secrets redacted)</source>
        <translation>Anfragetext (Geheimnisse geschwärzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All methods</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded (2xx)</source>
        <translation>Erfolgreich (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by URL or body text</source>
        <translation>Nach URL oder Text im Inhalt filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide polling</source>
        <translation>Abf&amp;ragen ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the status requests the console sends in the background</source>
        <translation>Die Statusabfragen ausblenden, die die Konsole im Hintergrund sendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ollow latest</source>
        <translation>&amp;Neueste folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected request as a curl command (secrets redacted; the token is $WSC_TOKEN)</source>
        <translation>Die gewählte Anfrage als curl-Befehl kopieren (Geheimnisse geschwärzt; das Token ist $WSC_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method filter</source>
        <translation>Methodenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select a request to see its bodies.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Inhalte zu sehen.</translation>
    </message>
</context>
<context>
    <name>wsc::RequestLog</name>
    <message>
        <location filename="../client/RequestLog.cpp" line="+137"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>wsc::ResourceEditor</name>
    <message>
        <location filename="../ui/editors/ResourceEditor.cpp" line="+57"/>
        <location line="+195"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1 — %2</source>
        <translation>Status: %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. %1</source>
        <translation>Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, z. B. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>The console could not read %n field(s) of this resource. They are kept and sent back exactly as the server sent them:</source>
        <translation>
            <numerusform>Die Konsole konnte %n Feld dieser Ressource nicht lesen. Es wird beibehalten und genau so zurückgesendet, wie der Server es gesendet hat:</numerusform>
            <numerusform>Die Konsole konnte %n Felder dieser Ressource nicht lesen. Sie werden beibehalten und genau so zurückgesendet, wie der Server sie gesendet hat:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed on the server after you opened it. Overwrite those changes with yours, or reload and lose yours?</source>
        <translation>%1 wurde auf dem Server geändert, nachdem Sie es geöffnet haben. Diese Änderungen mit Ihren überschreiben, oder neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>wsc::ResourceTreeModel</name>
    <message>
        <location filename="../models/items/ResourceTreeModelData.cpp" line="+45"/>
        <source>Connections (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data models (%1)</source>
        <translation>Datenmodelle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field transformations (%1)</source>
        <translation>Feldtransformationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This list could not be loaded: %1
Right-click and choose Retry, or refresh (F5).</source>
        <translation>Diese Liste konnte nicht geladen werden: %1
Klicken Sie mit der rechten Maustaste und wählen Sie „Laden dieser Liste wiederholen“, oder aktualisieren Sie (F5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Pipelines can still name a field transformation by its id.</source>
        <translation>%1
Pipelines können eine Feldtransformation weiterhin über ihre ID angeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data model: %1</source>
        <translation>Datenmodell: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field transformation: %1</source>
        <translation>Feldtransformation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by pipeline: %1</source>
        <translation>Verwendet von Pipeline: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id: %1
Status: %2</source>
        <translation>ID: %1
Status: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept as the server sent them (could not be read): %1</source>
        <translation>So beibehalten, wie der Server sie gesendet hat (nicht lesbar): %1</translation>
    </message>
</context>
<context>
    <name>wsc::ResultGrid</name>
    <message>
        <location filename="../ui/sql/ResultGrid.cpp" line="+28"/>
        <source>Press Ctrl+Enter to run the query and see its rows here.</source>
        <translation>Drücken Sie Strg+Eingabe, um die Abfrage auszuführen und ihre Zeilen hier zu sehen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as C&amp;SV</source>
        <translation>Als C&amp;SV kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>wsc::RunCharts</name>
    <message>
        <location filename="../ui/pipeline/RunCharts.cpp" line="+65"/>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Von (UTC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the runs between From and To. Dragging across a chart zooms as well; a right click zooms out.</source>
        <translation>Nur die Läufe zwischen Von und Bis zeigen. Ziehen über ein Diagramm zoomt ebenfalls; ein Rechtsklick zoomt heraus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PNG…</source>
        <translation>PNG &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/RunChartsBuild.cpp" line="+24"/>
        <source>Records per run</source>
        <translation>Datensätze pro Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful + failed</source>
        <translation>Erfolgreich + fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run duration (seconds)</source>
        <translation>Laufdauer (Sekunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest in interval</source>
        <translation>Längster im Intervall</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Queued or running</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../ui/pipeline/RunCharts.cpp" line="+170"/>
        <source>Logical date (local time)</source>
        <translation>Logisches Datum (Ortszeit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No runs in this range.</source>
        <translation>Keine Läufe in diesem Bereich.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln run(s), one point each.</source>
        <translation>
            <numerusform>%Ln Lauf, ein Punkt je Lauf.</numerusform>
            <numerusform>%Ln Läufe, ein Punkt je Lauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln run(s); each point is the average of its interval.</source>
        <translation>
            <numerusform>%Ln Lauf; jeder Punkt ist der Mittelwert seines Intervalls.</numerusform>
            <numerusform>%Ln Läufe; jeder Punkt ist der Mittelwert seines Intervalls.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Run %1: %2 (%3)</source>
        <translation>Lauf %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical date: %1 UTC</source>
        <translation>Logisches Datum: %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: %1 UTC</source>
        <translation>Fenster: %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records: %1 successful, %2 failed</source>
        <translation>Datensätze: %1 erfolgreich, %2 fehlerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln run(s) from %1 to %2 UTC</source>
        <translation>
            <numerusform>%Ln Lauf von %1 bis %2 UTC</numerusform>
            <numerusform>%Ln Läufe von %1 bis %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 succeeded, %2 failed, %3 queued or running</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 wartend oder laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records: %1 successful, %2 failed in all</source>
        <translation>Datensätze: insgesamt %1 erfolgreich, %2 fehlerhaft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration: %1 on average, %2 at most</source>
        <translation>Dauer: %1 im Mittel, höchstens %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+5"/>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1-runs.png</source>
        <translation>%1-laeufe.png</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The charts could not be saved to %1: %2</source>
        <translation>Die Diagramme konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>wsc::RunTableModel</name>
    <message>
        <location filename="../models/items/RunTableModel.cpp" line="+197"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical date (UTC)</source>
        <translation>Logisches Datum (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window (UTC)</source>
        <translation>Fenster (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed records</source>
        <translation>Fehlerhafte Datensätze</translation>
    </message>
</context>
<context>
    <name>wsc::RunText</name>
    <message>
        <location filename="../ui/pipeline/RunText.cpp" line="+50"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical date</source>
        <translation>Logisches Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2 UTC</source>
        <translation>%1 → %2 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed records</source>
        <translation>Fehlerhafte Datensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>wsc::SandboxDriver</name>
    <message>
        <location filename="../client/warehouse/SandboxDriver.cpp" line="+40"/>
        <source>the answer has no list of columns</source>
        <translation>die Antwort enthält keine Spaltenliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1 has no name</source>
        <translation>Spalte %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This sandbox has no local warehouse endpoints, or does not know the connection: %1</source>
        <translation>Diese Sandbox hat keine lokalen Warehouse-Endpunkte oder kennt die Verbindung nicht: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the sandbox&apos;s local warehouse of connection %1</source>
        <translation>das lokale Warehouse der Sandbox für Verbindung %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The console is no longer connected.</source>
        <translation>Die Konsole ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The sandbox&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort der Sandbox konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer has no rows or no truncated flag</source>
        <translation>die Antwort enthält keine Zeilen oder kein truncated-Flag</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>row %1 does not have %n value(s)</source>
        <translation>
            <numerusform>Zeile %1 hat nicht %n Wert</numerusform>
            <numerusform>Zeile %1 hat nicht %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no list of tables</source>
        <translation>die Antwort enthält keine Tabellenliste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table %1 has no name or no columns</source>
        <translation>Tabelle %1 hat keinen Namen oder keine Spalten</translation>
    </message>
</context>
<context>
    <name>wsc::SchedulePreview</name>
    <message>
        <location filename="../ui/pipeline/SchedulePreview.cpp" line="+27"/>
        <source>7 days for hourly pipelines</source>
        <translation>7 Tage für stündliche Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 months for daily pipelines</source>
        <translation>6 Monate für tägliche Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years for weekly pipelines</source>
        <translation>3 Jahre für wöchentliche Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years for monthly pipelines</source>
        <translation>5 Jahre für monatliche Pipelines</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Starts (UTC)</source>
        <translation>Beginnt (UTC)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Logical date</source>
        <translation>Logisches Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Reads from</source>
        <translation>Liest ab</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Reads until</source>
        <translation>Liest bis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Runs once, when the pipeline is activated.</source>
        <translation>Läuft einmal, wenn die Pipeline aktiviert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs only when triggered, e.g. with Trigger Now or wsctl trigger.</source>
        <translation>Läuft nur, wenn ausgelöst, z. B. mit „Jetzt auslösen“ oder wsctl trigger.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>catch-up: due already</source>
        <translation>Nachholen: bereits fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already due: runs right after activation to catch up.</source>
        <translation>Bereits fällig: läuft direkt nach der Aktivierung, um nachzuholen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No further runs: the schedule has ended.</source>
        <translation>Keine weiteren Läufe: Der Zeitplan ist beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the schedule to see its next runs.</source>
        <translation>Vervollständigen Sie den Zeitplan, um die nächsten Läufe zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) are already due and run back to back to catch up.</source>
        <translation>
            <numerusform>%n Lauf ist bereits fällig und läuft sofort, um nachzuholen.</numerusform>
            <numerusform>%n Läufe sind bereits fällig und laufen direkt nacheinander, um nachzuholen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assuming each run succeeds:</source>
        <translation>Angenommen, jeder Lauf ist erfolgreich:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n interval(s) before %1 UTC lie beyond the catch-up limit (%2) and are skipped without a run.</source>
        <translation>
            <numerusform>%n Intervall vor %1 UTC liegt jenseits des Nachhol-Limits (%2) und wird ohne Lauf übersprungen.</numerusform>
            <numerusform>%n Intervalle vor %1 UTC liegen jenseits des Nachhol-Limits (%2) und werden ohne Lauf übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is skipped: the schedule starts within the catch-up limit (%1).</source>
        <translation>Nichts wird übersprungen: Der Zeitplan beginnt innerhalb des Nachhol-Limits (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More runs may be due than shown: raise the number of runs to see all of them.</source>
        <translation>Es können mehr Läufe fällig sein als gezeigt: Erhöhen Sie die Anzahl, um alle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interval(s) with an empty window pass without a run.</source>
        <translation>
            <numerusform>%n Intervall mit leerem Fenster vergeht ohne Lauf.</numerusform>
            <numerusform>%n Intervalle mit leerem Fenster vergehen ohne Lauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SchemaBrowser</name>
    <message>
        <location filename="../ui/sql/SchemaBrowser.cpp" line="+39"/>
        <source>Filter tables and columns</source>
        <translation>Tabellen und Spalten filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the warehouse&apos;s schemas again</source>
        <translation>Die Schemas des Warehouse erneut lesen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The warehouse has no tables this connection can read.</source>
        <translation>Das Warehouse hat keine Tabellen, die diese Verbindung lesen kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the schemas: %1</source>
        <translation>Die Schemas konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browsing schemas is not available for this provider.</source>
        <translation>Das Durchsuchen von Schemas ist für diesen Anbieter nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>wsc::SecretField</name>
    <message>
        <location filename="../ui/editors/SecretField.cpp" line="+31"/>
        <location line="+4"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unchanged (stored on the server)</source>
        <translation>Unverändert (auf dem Server gespeichert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste the JSON key file here</source>
        <translation>JSON-Schlüsseldatei hier einfügen</translation>
    </message>
</context>
<context>
    <name>wsc::SecretStore</name>
    <message>
        <location filename="../client/SecretStore.cpp" line="+25"/>
        <source>The system keychain is not available (%1): client secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1): Client-Secrets werden nur für diese Sitzung im Arbeitsspeicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>wsc::SecretsDialog</name>
    <message>
        <location filename="../ui/compare/SecretsDialog.cpp" line="+18"/>
        <source>Secrets to Send</source>
        <translation>Zu sendende Secrets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan sends these secrets, which the API never returns (it masks them). Enter their values for the target workspace:</source>
        <translation>Der Plan sendet diese Secrets, die die API nie zurückgibt (sie maskiert sie). Geben Sie ihre Werte für den Ziel-Workspace ein:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Remember them in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>wsc::SqlChecker</name>
    <message>
        <location filename="../models/domain/SqlChecker.cpp" line="+141"/>
        <source>An empty item in the select list: remove this comma or add a column.</source>
        <translation>Ein leerer Eintrag in der Auswahlliste: Entfernen Sie dieses Komma oder fügen Sie eine Spalte hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The select list ends with a comma: remove it or add a column.</source>
        <translation>Die Auswahlliste endet mit einem Komma: Entfernen Sie es oder fügen Sie eine Spalte hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The select list is empty.</source>
        <translation>Die Auswahlliste ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The query has no FROM: it reads no table.</source>
        <translation>Die Abfrage hat kein FROM: Sie liest keine Tabelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This parenthesis closes none that is open.</source>
        <translation>Diese Klammer schließt keine offene Klammer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This parenthesis is not closed.</source>
        <translation>Diese Klammer wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This expression has no alias: the warehouse chooses its name. Add AS name.</source>
        <translation>Dieser Ausdruck hat keinen Alias: Das Warehouse wählt seinen Namen. Ergänzen Sie AS name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another column of the result is also named %1.</source>
        <translation>Eine weitere Spalte des Ergebnisses heißt ebenfalls %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The query returns %1 columns; the published limit of a data model is %2.</source>
        <translation>Die Abfrage liefert %1 Spalten; die veröffentlichte Grenze eines Datenmodells ist %2.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This string is not closed.</source>
        <translation>Diese Zeichenkette ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This comment is not closed.</source>
        <translation>Dieser Kommentar ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quoted name is not closed.</source>
        <translation>Dieser Name in Anführungszeichen ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Unsupported SQL command: %1</source>
        <translation>Nicht unterstützter SQL-Befehl: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A data model must be a single SELECT query.</source>
        <translation>Ein Datenmodell muss aus einer einzigen SELECT-Abfrage bestehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one statement is allowed: remove what follows the semicolon.</source>
        <translation>Nur eine Anweisung ist zulässig: Entfernen Sie alles nach dem Semikolon.</translation>
    </message>
</context>
<context>
    <name>wsc::SqlCompletions</name>
    <message>
        <location filename="../ui/sql/SqlCompletions.cpp" line="+113"/>
        <source>%1 (%2)</source>
        <comment>completion: a table&apos;s name (keep it first), then its qualified name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>completion: a column&apos;s name (keep it first), then its table</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wsc::SqlFindBar</name>
    <message>
        <location filename="../ui/sql/SqlFindBar.cpp" line="+25"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match, in one undo step</source>
        <translation>Alle Treffer ersetzen, in einem Rückgängig-Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::TokenProvider</name>
    <message>
        <location filename="../client/TokenProvider.cpp" line="+41"/>
        <source>The credentials changed.</source>
        <translation>Die Zugangsdaten haben sich geändert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The token URL must use https (plain http is allowed only for this computer).</source>
        <translation>Die Token-URL muss https verwenden (unverschlüsseltes http ist nur für diesen Computer zulässig).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled: the credentials changed.</source>
        <translation>Abgebrochen: Die Zugangsdaten haben sich geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The token endpoint did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Token-Endpunkt hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Token-Endpunkt hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in failed: check the client id and secret.</source>
        <translation>Anmeldung fehlgeschlagen: Prüfen Sie Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The token endpoint issued a token of type &quot;%1&quot;; the API takes Bearer tokens only.</source>
        <translation>Der Token-Endpunkt hat ein Token vom Typ &quot;%1&quot; ausgestellt; die API akzeptiert nur Bearer-Tokens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token endpoint issued a token with characters that cannot be sent in a request header; it was not used.</source>
        <translation>Der Token-Endpunkt hat ein Token mit Zeichen ausgestellt, die nicht in einem Anfrage-Header gesendet werden können; es wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>wsc::UtcTimeField</name>
    <message>
        <location filename="../ui/editors/PipelineSections.cpp" line="-165"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date-time</source>
        <translation>kein Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>wsc::Validator</name>
    <message>
        <location filename="../models/domain/Validator.cpp" line="+35"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>%2 hat einen ungültigen Wert: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may contain only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1 darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the %1 again: the server never returns it, and it is needed to save.</source>
        <translation>Bitte %1 erneut eingeben: Der Server gibt diesen Wert nie zurück, er wird aber zum Speichern benötigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a valid UTC timestamp; use the form 2024-01-31T12:00:00Z.</source>
        <translation>&quot;%1&quot; ist kein gültiger UTC-Zeitstempel; verwenden Sie das Format 2024-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The id</source>
        <translation>Die ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+166"/>
        <source>The state</source>
        <translation>Der Zustand</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The warehouse provider</source>
        <translation>Der Warehouse-Anbieter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account identifier</source>
        <translation>Der Kontobezeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>The region</source>
        <translation>Die Region</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The warehouse</source>
        <translation>Das Warehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>The user</source>
        <translation>Der Benutzer</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The storage integration</source>
        <translation>Die Speicherintegration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project id</source>
        <translation>Die Projekt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dataset id</source>
        <translation>Die Dataset-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service account</source>
        <translation>Das Dienstkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service account key</source>
        <translation>Dienstkontoschlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service account key must be the contents of the JSON key file.</source>
        <translation>Der Dienstkontoschlüssel muss der Inhalt der JSON-Schlüsseldatei sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file has no private_key or client_email: is it a service account key?</source>
        <translation>Der Schlüsseldatei fehlt private_key oder client_email: Handelt es sich um einen Dienstkontoschlüssel?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host</source>
        <translation>Der Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IAM role ARN</source>
        <translation>Der ARN der IAM-Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a state the console knows; the server may refuse it.</source>
        <translation>&quot;%1&quot; ist kein der Konsole bekannter Zustand; der Server lehnt ihn möglicherweise ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type</source>
        <translation>Der Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SQL query</source>
        <translation>Die SQL-Abfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The destination type</source>
        <translation>Der Zieltyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no mappings: an events pipeline needs at least event_type.</source>
        <translation>Es gibt keine Zuordnungen: Eine Ereignis-Pipeline benötigt mindestens event_type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the mapping type</source>
        <translation>%1: Der Zuordnungstyp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a column mapping needs a source column.</source>
        <translation>%1: Eine Spaltenzuordnung benötigt eine Quellspalte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a column mapping needs a destination field.</source>
        <translation>%1: Eine Spaltenzuordnung benötigt ein Zielfeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a column mapping takes its value from the column; remove the value.</source>
        <translation>%1: Eine Spaltenzuordnung übernimmt ihren Wert aus der Spalte; entfernen Sie den Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a static mapping has no source column.</source>
        <translation>%1: Eine statische Zuordnung hat keine Quellspalte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a static mapping needs a destination field.</source>
        <translation>%1: Eine statische Zuordnung benötigt ein Zielfeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a static mapping needs a value.</source>
        <translation>%1: Eine statische Zuordnung benötigt einen Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an ignore mapping needs the column to ignore.</source>
        <translation>%1: Eine Ignorieren-Zuordnung benötigt die zu ignorierende Spalte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: an ignored column has no destination.</source>
        <translation>%1: Eine ignorierte Spalte hat kein Ziel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an ignored column has no value.</source>
        <translation>%1: Eine ignorierte Spalte hat keinen Wert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is already the destination of another mapping.</source>
        <translation>%1: &quot;%2&quot; ist bereits das Ziel einer anderen Zuordnung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pipeline type</source>
        <translation>Der Pipeline-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection</source>
        <translation>Die Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data model</source>
        <translation>Das Datenmodell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An events pipeline&apos;s field transformation</source>
        <translation>Die Feldtransformation einer Ereignis-Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment</source>
        <translation>Die Umgebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync mode</source>
        <translation>Der Synchronisationsmodus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iterator column of an incremental sync</source>
        <translation>Die Iteratorspalte einer inkrementellen Synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iterator data type of an incremental sync is required.</source>
        <translation>Der Iterator-Datentyp einer inkrementellen Synchronisation ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;From&quot; and &quot;until&quot; filter on the iterator column: without one they may have no effect.</source>
        <translation>&quot;Von&quot; und &quot;Bis&quot; filtern nach der Iteratorspalte: Ohne eine solche Spalte bleiben sie möglicherweise wirkungslos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A data plan is usually given with its version.</source>
        <translation>Ein Datenplan wird üblicherweise mit seiner Version angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed ids are not negative; the server may refuse it.</source>
        <translation>Feed-IDs sind nicht negativ; der Server lehnt den Wert möglicherweise ab.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot; is not a known iterator data type; the server may refuse it.</source>
        <translation>&quot;%1&quot; ist kein bekannter Iterator-Datentyp; der Server lehnt ihn möglicherweise ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Until&quot; must be later than &quot;from&quot;.</source>
        <translation>&quot;Bis&quot; muss nach &quot;Von&quot; liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule type</source>
        <translation>Der Zeitplantyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frequency of an interval schedule</source>
        <translation>Die Häufigkeit eines Intervall-Zeitplans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of an interval schedule is required.</source>
        <translation>Der Beginn eines Intervall-Zeitplans ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid frequency.</source>
        <translation>&quot;%1&quot; ist keine gültige Häufigkeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A data plan version is set without a data plan.</source>
        <translation>Eine Datenplanversion ist ohne Datenplan festgelegt.</translation>
    </message>
</context>
<context>
    <name>wsc::WarehouseAccess</name>
    <message>
        <location filename="../client/warehouse/WarehouseAccess.cpp" line="+29"/>
        <source>The console connected to another service or login meanwhile.</source>
        <translation>Die Konsole hat sich inzwischen mit einem anderen Dienst oder Login verbunden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save the connection first.</source>
        <translation>Speichern Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previewing queries is not available for %1 connections yet; it is for Redshift connections and for every connection of the local sandbox.</source>
        <translation>Die Vorschau von Abfragen ist für %1-Verbindungen noch nicht verfügbar; verfügbar ist sie für Redshift-Verbindungen und für alle Verbindungen der lokalen Sandbox.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The service did not say whether it has local warehouses (no answer), or another service was chosen meanwhile. Try again.</source>
        <translation>Der Dienst hat nicht mitgeteilt, ob er lokale Warehouses hat (keine Antwort), oder inzwischen wurde ein anderer Dienst gewählt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The warehouse login of %1 needs the password of user %2 (the API does not return it).</source>
        <translation>Die Warehouse-Anmeldung von %1 benötigt das Passwort von Benutzer %2 (die API gibt es nicht zurück).</translation>
    </message>
</context>
<context>
    <name>wsc::WarehouseCatalogModel</name>
    <message>
        <location filename="../models/items/WarehouseCatalogModel.cpp" line="+132"/>
        <source>(default schema)</source>
        <translation>(Standardschema)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1 (double-click to insert)</source>
        <translation>Tabelle %1 (Doppelklick zum Einfügen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View %1 (double-click to insert)</source>
        <translation>Sicht %1 (Doppelklick zum Einfügen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1 of %2</source>
        <translation>Spalte %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column %1 of %2, %3</source>
        <translation>Spalte %1 von %2, %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>wsc::WarehouseJob</name>
    <message>
        <location filename="../client/warehouse/WarehouseDriver.cpp" line="+29"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wsc::WorkspaceOverview</name>
    <message>
        <location filename="../ui/pipeline/WorkspaceOverview.cpp" line="+118"/>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a pipeline to open it</source>
        <translation>Klicken Sie auf eine Pipeline, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No pipelines in this workspace yet.</source>
        <translation>Noch keine Pipelines in diesem Workspace.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pipeline(s): %1 faulted, %2 running.</source>
        <translation>
            <numerusform>%n Pipeline: %1 gestört, %2 laufend.</numerusform>
            <numerusform>%n Pipelines: %1 gestört, %2 laufend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::WorkspaceSnapshot</name>
    <message>
        <location filename="../client/bundle/WorkspaceSnapshot.cpp" line="+27"/>
        <source>This service has no field-transformations endpoint (HTTP %1): the workspace&apos;s field transformations are not included.</source>
        <translation>Dieser Dienst hat keinen Endpunkt für Feldtransformationen (HTTP %1): Die Feldtransformationen des Workspace sind nicht enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 could not be listed: %2</source>
        <translation>%1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of the %1 could not be read (%2): without it, a plan would create or delete what exists</source>
        <translation>Eines der Elemente von %1 konnte nicht gelesen werden (%2): Ohne es würde ein Plan Vorhandenes anlegen oder löschen</translation>
    </message>
</context>
<context>
    <name>wsc::WorkspaceSync</name>
    <message>
        <location filename="../client/WorkspaceSync.cpp" line="+28"/>
        <source>Not available on this service (the API answered %1).</source>
        <translation>Bei diesem Dienst nicht verfügbar (die API hat mit %1 geantwortet).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kept as sent: %2</source>
        <translation>%1 unverändert beibehalten: %2</translation>
    </message>
</context>
<context>
    <name>wsc::WrappedQueries</name>
    <message>
        <location filename="../models/domain/WrappedQueries.cpp" line="+162"/>
        <source>A full sync without From or Until reads every row of the model on every run: no filter.</source>
        <translation>Eine vollständige Synchronisation ohne „Von“ oder „Bis“ liest bei jedem Lauf alle Zeilen des Modells: kein Filter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pipeline names no iterator field: the rows cannot be filtered by the window, so none is shown.</source>
        <translation>Die Pipeline nennt kein Iteratorfeld: Die Zeilen können nicht nach dem Fenster gefiltert werden, daher wird kein Filter angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window has no bounds: every row is read, no filter.</source>
        <translation>Das Fenster hat keine Grenzen: Alle Zeilen werden gelesen, kein Filter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The iterator holds dates: each end is compared as its UTC date.</source>
        <translation>Der Iterator enthält Datumswerte: Jede Grenze wird als UTC-Datum verglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iterator holds Unix time in milliseconds: each end is written as a number.</source>
        <translation>Der Iterator enthält Unix-Zeit in Millisekunden: Jede Grenze wird als Zahl geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The iterator holds Unix time in seconds: each end is written as a number.</source>
        <translation>Der Iterator enthält Unix-Zeit in Sekunden: Jede Grenze wird als Zahl geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The iterator data type &quot;%1&quot; is not one the console knows: its ends are written as timestamps.</source>
        <translation>Der Iterator-Datentyp &quot;%1&quot; ist der Konsole nicht bekannt: Seine Grenzen werden als Zeitstempel geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rows whose %1 lies from %2 to %3, both ends included.</source>
        <translation>Zeilen, deren %1 zwischen %2 und %3 liegt, beide Grenzen eingeschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window has no start: every row whose %1 is at or before %2.</source>
        <translation>Das Fenster hat keinen Beginn: alle Zeilen, deren %1 bei oder vor %2 liegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window has no end: every row whose %1 is at or after %2.</source>
        <translation>Das Fenster hat kein Ende: alle Zeilen, deren %1 bei oder nach %2 liegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is empty (it ends where it starts, or before): the run reads nothing.</source>
        <translation>Das Fenster ist leer (es endet dort, wo es beginnt, oder davor): Der Lauf liest nichts.</translation>
    </message>
</context>
<context>
    <name>wsc::Wsctl</name>
    <message>
        <location filename="../app/WsctlCommands.cpp" line="+22"/>
        <source>The input is not a valid %1: %2</source>
        <translation>Die Eingabe ist für %1 nicht gültig: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id in the input (%1) is not %2.</source>
        <translation>Die ID in der Eingabe (%1) ist nicht %2.</translation>
    </message>
    <message>
        <location filename="../app/Wsctl.cpp" line="+98"/>
        <source>Command-line twin of Warehouse Sync Console.

Resources: connections, data-models, field-transformations, pipelines.
Verbs: list | get ID | create FILE|- | update ID FILE|- | delete ID
Pipelines also: trigger ID | report ID | runs ID [--page N] [--page-size N] [--from T] [--to T] | run ID RUN_ID
| queries ID [--run RUN_ID]: the statements the service wraps around the pipeline&apos;s data model, for the expected next run (or a trigger now), or for the given run&apos;s window
Data models also: preview ID|--sql FILE --connection ID [--limit N] (the rows the model&apos;s SQL returns, run as the service wraps it; a Redshift password from WSC_WAREHOUSE_PASSWORD)

Workspace as code:
  export DIR [--only KIND/ID]...: the workspace (or those resources) as files, secrets as {&quot;secret&quot;: &quot;NAME&quot;} references
  plan DIR [--prune] [--create-paused] [--resend-secrets]: what applying the folder would change (--output table, the default here, or json)
  apply DIR [--prune] [--create-paused] [--resend-secrets] [--yes]: carries the plan out; each secret from the environment variable of its name
  diff --to-profile NAME: this workspace against another one

The client secret comes from WSC_CLIENT_SECRET or the profile&apos;s keychain entry (the other profile&apos;s of diff: WSC_TO_CLIENT_SECRET).
Exit status: 0 success (nothing to change, or applied), 1 API error, 2 usage or input error, 3 the plan has changes (plan, diff).</source>
        <translation>Kommandozeilen-Gegenstück zu Warehouse Sync Console.

Ressourcen: connections, data-models, field-transformations, pipelines.
Verben: list | get ID | create FILE|- | update ID FILE|- | delete ID
Pipelines zusätzlich: trigger ID | report ID | runs ID [--page N] [--page-size N] [--from T] [--to T] | run ID RUN_ID
| queries ID [--run RUN_ID]: die Anweisungen, die der Dienst um das Datenmodell der Pipeline legt, für den voraussichtlich nächsten Lauf (oder ein sofortiges Auslösen) oder für das Fenster des angegebenen Laufs
Datenmodelle zusätzlich: preview ID|--sql FILE --connection ID [--limit N] (die Zeilen, die das SQL des Modells liefert, so ausgeführt, wie der Dienst es umschließt; ein Redshift-Passwort aus WSC_WAREHOUSE_PASSWORD)

Workspace als Code:
  export DIR [--only KIND/ID]...: der Workspace (oder diese Ressourcen) als Dateien, Secrets als {&quot;secret&quot;: &quot;NAME&quot;}-Verweise
  plan DIR [--prune] [--create-paused] [--resend-secrets]: was das Anwenden des Ordners ändern würde (--output table, hier der Standard, oder json)
  apply DIR [--prune] [--create-paused] [--resend-secrets] [--yes]: führt den Plan aus; jedes Secret aus der Umgebungsvariablen seines Namens
  diff --to-profile NAME: dieser Workspace im Vergleich mit einem anderen

Das Client-Secret stammt aus WSC_CLIENT_SECRET oder dem Schlüsselbundeintrag des Profils (das des anderen Profils bei diff: WSC_TO_CLIENT_SECRET).
Exit-Status: 0 Erfolg (nichts zu ändern oder angewendet), 1 API-Fehler, 2 Aufruf- oder Eingabefehler, 3 der Plan hat Änderungen (plan, diff).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Use a saved profile (or &quot;%1&quot;).</source>
        <translation>Gespeichertes Profil verwenden (oder &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>API root, e.g. https://api.mparticle.com.</source>
        <translation>API-Basis-URL, z. B. https://api.mparticle.com.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token endpoint, e.g. https://sso.auth.mparticle.com/oauth/token.</source>
        <translation>Token-Endpunkt, z. B. https://sso.auth.mparticle.com/oauth/token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace id.</source>
        <translation>Workspace-ID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+14"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>API client id.</source>
        <translation>API-Client-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>json (the API&apos;s JSON, default) or table.</source>
        <translation>json (JSON der API, Standard) oder table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs: page number (from 1).</source>
        <translation>runs: Seitennummer (ab 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: runs per page.</source>
        <translation>runs: Läufe pro Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: earliest logical date (ISO-8601).</source>
        <translation>runs: frühestes logisches Datum (ISO-8601).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs: latest logical date (ISO-8601).</source>
        <translation>runs: spätestes logisches Datum (ISO-8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds each attempt of a request may take as a whole, the sign-in included. Failed requests are tried at most 5 times (on 429, 5xx and network errors; a POST never twice), so a command gives up within about 15 times this.</source>
        <translation>Sekunden, die jeder Versuch einer Anfrage insgesamt dauern darf, einschließlich der Anmeldung. Fehlgeschlagene Anfragen werden höchstens 5-mal versucht (bei 429, 5xx und Netzwerkfehlern; ein POST nie zweimal), daher gibt ein Befehl spätestens nach etwa dem 15-Fachen dieses Werts auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preview: a file of SQL (- for stdin) instead of a data model.</source>
        <translation>preview: eine SQL-Datei (- für stdin) statt eines Datenmodells.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview: the connection whose warehouse runs it.</source>
        <translation>preview: die Verbindung, deren Warehouse sie ausführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preview: at most this many rows (1 to 100000).</source>
        <translation>preview: höchstens so viele Zeilen (1 bis 100000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queries: the window of this run instead of the next one.</source>
        <translation>queries: das Fenster dieses Laufs statt des nächsten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: only this resource, as KIND/ID (repeatable).</source>
        <translation>export: nur diese Ressource, als KIND/ID (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan, apply: delete what only the workspace has.</source>
        <translation>plan, apply: löschen, was nur der Workspace hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan, apply: create pipelines paused (and keep them paused).</source>
        <translation>plan, apply: Pipelines pausiert anlegen (und pausiert lassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan, apply: send the secrets even where nothing else changed.</source>
        <translation>plan, apply: die Secrets auch senden, wo sich sonst nichts geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply: do not ask.</source>
        <translation>apply: nicht nachfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diff: the other workspace&apos;s profile.</source>
        <translation>diff: das Profil des anderen Workspace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to act on.</source>
        <translation>Die zu bearbeitende Ressource.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do.</source>
        <translation>Die auszuführende Aktion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a resource and a verb, e.g. &quot;wsctl pipelines list&quot; (see --help).</source>
        <translation>Geben Sie eine Ressource und ein Verb an, z. B. &quot;wsctl pipelines list&quot; (siehe --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown resource &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Ressource &quot;%1&quot;: Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>--output is json or table.</source>
        <translation>--output muss json oder table sein.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Use &quot;wsctl data-models preview ID --connection ID&quot; or &quot;… preview --sql FILE --connection ID&quot;.</source>
        <translation>Verwenden Sie &quot;wsctl data-models preview ID --connection ID&quot; oder &quot;… preview --sql FILE --connection ID&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1 %2&quot; is not a command (see --help).</source>
        <translation>&quot;%1 %2&quot; ist kein Befehl (siehe --help).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&quot;%1 %2&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; erwartet %n Argument.</numerusform>
            <numerusform>&quot;%1 %2&quot; erwartet %n Argumente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+69"/>
        <source>&quot;%1&quot; is not a valid run id.</source>
        <translation>&quot;%1&quot; ist keine gültige Lauf-ID.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>--page must be a whole number from 1.</source>
        <translation>--page muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--page-size must be a whole number from 1.</source>
        <translation>--page-size muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be an ISO-8601 time such as 2024-01-31T00:00:00Z.</source>
        <translation>--%1 muss eine ISO-8601-Zeitangabe sein, z. B. 2024-01-31T00:00:00Z.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be a whole number of seconds.</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>preview: give a data model id or --sql FILE (one of them).</source>
        <translation>preview: Geben Sie eine Datenmodell-ID oder --sql FILE an (nur eines davon).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview: --connection names the connection whose warehouse runs the query.</source>
        <translation>preview: --connection gibt die Verbindung an, deren Warehouse die Abfrage ausführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--run goes with &quot;pipelines queries&quot;.</source>
        <translation>--run ist nur mit &quot;pipelines queries&quot; zulässig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use either --profile or --base-url/--token-url/--workspace/--client-id.</source>
        <translation>Verwenden Sie entweder --profile oder --base-url/--token-url/--workspace/--client-id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--base-url, --token-url, --workspace and --client-id go together.</source>
        <translation>--base-url, --token-url, --workspace und --client-id müssen gemeinsam angegeben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a profile with --profile, or give --base-url, --token-url, --workspace and --client-id.</source>
        <translation>Wählen Sie mit --profile ein Profil, oder geben Sie --base-url, --token-url, --workspace und --client-id an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No client secret: set WSC_CLIENT_SECRET or save it in the profile.</source>
        <translation>Kein Client-Secret: Setzen Sie WSC_CLIENT_SECRET, oder speichern Sie es im Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workspace %1 at %2</source>
        <translation>Workspace %1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/WsctlCommands.cpp" line="+33"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/Wsctl.cpp" line="+21"/>
        <source>The server&apos;s answer is not what this command expects: %1</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was dieser Befehl erwartet: %1</translation>
    </message>
    <message>
        <location filename="../app/WsctlRender.cpp" line="+93"/>
        <source>An item could not be read and is not shown: %1</source>
        <translation>Ein Element konnte nicht gelesen werden und wird nicht angezeigt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a field could not be read and was kept as it came: %2</source>
        <translation>%1: Ein Feld konnte nicht gelesen werden und wurde unverändert beibehalten: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>page %1 of %2, %3 runs</source>
        <translation>Seite %1 von %2, %3 Läufe</translation>
    </message>
    <message>
        <location filename="../app/WsctlPreview.cpp" line="+103"/>
        <source>Set WSC_WAREHOUSE_PASSWORD to the warehouse user&apos;s password.</source>
        <translation>Setzen Sie WSC_WAREHOUSE_PASSWORD auf das Passwort des Warehouse-Benutzers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>More rows exist; showing the first %n.</source>
        <translation>
            <numerusform>Es gibt weitere Zeilen; gezeigt wird %n Zeile.</numerusform>
            <numerusform>Es gibt weitere Zeilen; gezeigt werden die ersten %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/WsctlQueries.cpp" line="+39"/>
        <source>Pipeline %1: %2</source>
        <translation>Pipeline %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline %1 names no data model.</source>
        <translation>Pipeline %1 gibt kein Datenmodell an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data model %1 of pipeline %2: %3</source>
        <translation>Datenmodell %1 von Pipeline %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run %1 of pipeline %2: %3</source>
        <translation>Lauf %1 von Pipeline %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report of pipeline %1: %2</source>
        <translation>Der Bericht von Pipeline %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1, the latest successful run of pipeline %2: %3</source>
        <translation>Lauf %1, der letzte erfolgreiche Lauf von Pipeline %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column probe</source>
        <translation>Spaltenprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count of the window (%1)</source>
        <translation>Anzahl im Fenster (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extract</source>
        <translation>Extraktion</translation>
    </message>
</context>
<context>
    <name>wsc::WsctlBundle</name>
    <message>
        <location filename="../app/WsctlBundle.cpp" line="+98"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (unchanged, sent again)</source>
        <translation>%1 (unverändert, erneut gesendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created paused</source>
        <translation>pausiert angelegt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in the workspace (deleted only with --prune): %1 %2
</source>
        <translation>nur im Workspace (nur mit --prune gelöscht): %1 %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused: %1
</source>
        <translation>abgelehnt: %1
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan: %1 to create, %2 to update, %3 to delete; %4 unchanged.</source>
        <translation>Plan: %1 anzulegen, %2 zu ändern, %3 zu löschen; %4 unverändert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Use &quot;wsctl diff --to-profile NAME&quot;.</source>
        <translation>Verwenden Sie &quot;wsctl diff --to-profile NAME&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &quot;wsctl %1 DIR&quot; (see --help).</source>
        <translation>Verwenden Sie &quot;wsctl %1 DIR&quot; (siehe --help).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--only goes with export.</source>
        <translation>--only ist nur mit export zulässig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-profile goes with diff.</source>
        <translation>--to-profile ist nur mit diff zulässig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--yes goes with apply.</source>
        <translation>--yes ist nur mit apply zulässig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--prune, --create-paused and --resend-secrets go with plan and apply.</source>
        <translation>--prune, --create-paused und --resend-secrets sind nur mit plan und apply zulässig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--only takes KIND/ID, such as pipelines/orders-daily (not &quot;%1&quot;).</source>
        <translation>--only erwartet KIND/ID, etwa pipelines/orders-daily (nicht &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The workspace has no %1 &quot;%2&quot;.</source>
        <translation>Der Workspace hat keine Ressource &quot;%2&quot; (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n resource(s) to %1.</source>
        <translation>
            <numerusform>%n Ressource nach %1 exportiert.</numerusform>
            <numerusform>%n Ressourcen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are references, not values; apply reads them from these environment variables: %1</source>
        <translation>Secrets sind Verweise, keine Werte; apply liest sie aus diesen Umgebungsvariablen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 → workspace of %2</source>
        <translation>%1 → Workspace von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The plan cannot be applied: %n problem(s) above.</source>
        <translation>
            <numerusform>Der Plan kann nicht angewendet werden: %n Problem oben.</numerusform>
            <numerusform>Der Plan kann nicht angewendet werden: %n Probleme oben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan needs these secrets; set them as environment variables: %1</source>
        <translation>Der Plan braucht diese Secrets; setzen Sie sie als Umgebungsvariablen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>apply changes the workspace: give --yes, or run it on a terminal to be asked.</source>
        <translation>apply ändert den Workspace: Geben Sie --yes an, oder führen Sie es in einem Terminal aus, um gefragt zu werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Apply these %n change(s)? [y/N]</source>
        <translation>
            <numerusform>Diese %n Änderung anwenden? [j/N]</numerusform>
            <numerusform>Diese %n Änderungen anwenden? [j/N]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was applied.</source>
        <translation>Nichts wurde angewendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>[%1/%2] %3 %4 %5: not applied</source>
        <translation>[%1/%2] %3 %4 %5: nicht angewendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applied %1 of %2 steps; step %3 failed, the %4 after it were not applied. Plan again to see what is left.</source>
        <translation>%1 von %2 Schritten angewendet; Schritt %3 schlug fehl, die %4 danach wurden nicht angewendet. Planen Sie erneut, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-profile names the workspace this command is on already.</source>
        <translation>--to-profile nennt den Workspace, auf dem dieser Befehl bereits arbeitet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>workspace of %1 → workspace of %2</source>
        <translation>Workspace von %1 → Workspace von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No client secret for profile &quot;%1&quot;: set WSC_TO_CLIENT_SECRET or save it in the profile.</source>
        <translation>Kein Client-Secret für das Profil &quot;%1&quot;: Setzen Sie WSC_TO_CLIENT_SECRET, oder speichern Sie es im Profil.</translation>
    </message>
</context>
</TS>
