<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>twin::FunctionStatusModel</name>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="80" />
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="80" />
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="83" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="85" />
        <source>Not run: the project is not trusted</source>
        <translation>Nicht ausgeführt: dem Projekt wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="89" />
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="115" />
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="148" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="150" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="152" />
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="154" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>twin::InspectorModel</name>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="452"/>
        <source>enum of %1</source>
        <translation>Aufzählung aus %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="454"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="456"/>
        <source>map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="458"/>
        <source>array of %1</source>
        <translation>Array aus %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="564"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="564"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="634"/>
        <source>The id of a twin cannot change once it exists.</source>
        <translation>Die ID eines Zwillings lässt sich nach dem Anlegen nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="636"/>
        <source>The model of a twin cannot change once it exists.</source>
        <translation>Das Modell eines Zwillings lässt sich nach dem Anlegen nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="637"/>
        <source>The category follows from the model.</source>
        <translation>Die Kategorie ergibt sich aus dem Modell.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="639"/>
        <source>Telemetry is measured, not set: the value comes from the live data.</source>
        <translation>Telemetrie wird gemessen, nicht gesetzt: Der Wert kommt aus den Live-Daten.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="641"/>
        <source>Edit the component&apos;s properties in the rows below it.</source>
        <translation>Die Eigenschaften der Komponente werden in den Zeilen darunter bearbeitet.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="643"/>
        <source>Use Remove and Add Relationship… to change relationships.</source>
        <translation>Beziehungen ändern Sie mit „Entfernen“ und „Beziehung hinzufügen…“.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="650"/>
        <source>The model of this twin is not loaded.</source>
        <translation>Das Modell dieses Zwillings ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="652"/>
        <source>Read-only: the model declares %1 as not writable, its value is reported by the device.</source>
        <translation>Schreibgeschützt: Das Modell erklärt %1 als nicht beschreibbar, der Wert wird vom Gerät gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="654"/>
        <source>Values of schema %1 cannot be edited here.</source>
        <translation>Werte des Schemas %1 lassen sich hier nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="693"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="695"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="697"/>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="699"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="701"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="720"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="736"/>
        <source>Measured at %1</source>
        <translation>Gemessen am %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="737"/>
        <source>No live value yet.</source>
        <translation>Noch kein Live-Wert.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="742"/>
        <source>Relationship %1 to %2</source>
        <translation>Beziehung %1 zu %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="837"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="839"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="841"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="874"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="887"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="893"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="895"/>
        <source>%1 is outside the range of %2 (%3 to %4)</source>
        <translation>%1 liegt außerhalb des Bereichs von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="911"/>
        <source>&apos;%1&apos; is not one of the values of this enum</source>
        <translation>„%1“ ist keiner der Werte dieser Aufzählung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="938"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="940"/>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="947"/>
        <source>values of schema %1 cannot be edited here</source>
        <translation>Werte des Schemas %1 lassen sich hier nicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1054"/>
        <source>%1 has no relationship &apos;%2&apos;</source>
        <translation>%1 hat keine Beziehung „%2“</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1056"/>
        <source>%1 already has %n &apos;%2&apos; relationship(s), the most its model allows</source>
        <translation><numerusform>%1 hat bereits %n Beziehung „%2“, mehr erlaubt sein Modell nicht</numerusform><numerusform>%1 hat bereits %n Beziehungen „%2“, mehr erlaubt sein Modell nicht</numerusform></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1060"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1061"/>
        <source>&apos;%1&apos; cannot be the target of &apos;%2&apos; of %3</source>
        <translation>„%1“ kann nicht Ziel von „%2“ von %3 sein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1072"/>
        <source>Select a relationship to remove.</source>
        <translation>Wählen Sie die zu entfernende Beziehung aus.</translation>
    </message>
</context>
<context>
    <name>twin::LiveSession</name>
    <message>
        <location filename="../models/live/livesession.cpp" line="90" />
        <source>Function skipped: %1</source>
        <translation>Funktion übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="338" />
        <source>Function %1 was disabled (%2) but could not be marked so: %3</source>
        <translation>Funktion %1 wurde deaktiviert (%2), konnte aber nicht so markiert werden: %3</translation>
    </message>
</context>
<context>
    <name>twin::NotificationModel</name>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="104" />
        <source>%1
(from function %2)</source>
        <translation>%1
(von Funktion %2)</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="127" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="129" />
        <source>Twin</source>
        <translation>Zwilling</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="131" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="133" />
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddRelationshipDialog</name>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="34"/>
        <source>Add Relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="37"/>
        <source>Filter targets by id or name</source>
        <translation>Ziele nach ID oder Name filtern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="44"/>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="108"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="48"/>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="115"/>
        <source>The model allows at most %n of these, and the twin has them.</source>
        <translation><numerusform>Das Modell erlaubt höchstens %n davon, und der Zwilling hat sie bereits.</numerusform><numerusform>Das Modell erlaubt höchstens %n davon, und der Zwilling hat sie bereits.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="60"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="61"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="92"/>
        <source>The model of this twin declares no relationships.</source>
        <translation>Das Modell dieses Zwillings deklariert keine Beziehungen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="117"/>
        <source>No twin can be the target.</source>
        <translation>Kein Zwilling kommt als Ziel in Frage.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="118"/>
        <source>No twin is a %1 that is not a target already.</source>
        <translation>Es gibt keinen Zwilling vom Typ %1, der nicht schon Ziel ist.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="120"/>
        <source>%1 of %2 shown: type to narrow the list.</source>
        <translation>%1 von %2 angezeigt: Tippen Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="122"/>
        <source>Targets are twins of %1 or a model that extends it.</source>
        <translation>Ziele sind Zwillinge von %1 oder eines davon abgeleiteten Modells.</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsDock</name>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="12" />
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorDelegate</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="125"/>
        <source>e.g. PT15M, P1DT12H</source>
        <translation>z. B. PT15M, P1DT12H</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="126"/>
        <source>An ISO 8601 duration: P, then years (Y), months (M), weeks (W), days (D); T, then hours (H), minutes (M), seconds (S). PT1H30M is 1 hour 30 minutes.</source>
        <translation>Eine Dauer nach ISO 8601: P, dann Jahre (Y), Monate (M), Wochen (W), Tage (D); T, dann Stunden (H), Minuten (M), Sekunden (S). PT1H30M ist 1 Stunde 30 Minuten.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="134"/>
        <source>JSON, e.g. {&quot;x&quot;: 1}</source>
        <translation>JSON, z. B. {"x": 1}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorDock</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="21"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="26"/>
        <source>Add Relationship…</source>
        <translation>Beziehung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="27"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="52"/>
        <source>Add a relationship the twin&apos;s model allows</source>
        <translation>Eine Beziehung hinzufügen, die das Modell des Zwillings erlaubt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="54"/>
        <source>Remove the selected relationship</source>
        <translation>Die ausgewählte Beziehung entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="110"/>
        <source>Select a twin in the topology or on the plan to see its properties.</source>
        <translation>Wählen Sie einen Zwilling in der Topologie oder im Plan, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="136"/>
        <source>Cannot add the relationship: %1</source>
        <translation>Die Beziehung kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="145"/>
        <source>Cannot remove the relationship: %1</source>
        <translation>Die Beziehung kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InterchangeActions</name>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="26" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="62" />
        <source>… and %n more</source>
        <translation><numerusform>… und %n weiterer</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="87" />
        <source>All topology files</source>
        <translation>Alle Topologiedateien</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="88" />
        <source>Import Topology</source>
        <translation>Topologie importieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="95" />
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="98" />
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="99" />
        <source>Nothing was imported from %1: it has %n problem(s).</source>
        <translation><numerusform>Aus %1 wurde nichts importiert: Die Datei hat %n Problem.</numerusform><numerusform>Aus %1 wurde nichts importiert: Die Datei hat %n Probleme.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="113" />
        <source>Export Topology</source>
        <translation>Topologie exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="120" />
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124" />
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124" />
        <source>%1 could not be written:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>twin::ui::LiveControls</name>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="45" />
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="46" />
        <source>&amp;Connect to Broker…</source>
        <translation>Mit &amp;Broker verbinden…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="48" />
        <source>Receive live telemetry from an MQTT broker</source>
        <translation>Live-Telemetrie von einem MQTT-Broker empfangen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="50" />
        <source>Run &amp;Simulator</source>
        <translation>&amp;Simulator starten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="51" />
        <source>Simulated telemetry for every sensor of the project, without a broker</source>
        <translation>Simulierte Telemetrie für jeden Sensor des Projekts, ohne Broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="52" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="55" />
        <source>&amp;Trust Project Functions</source>
        <translation>Projekt&amp;funktionen vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="56" />
        <source>Run the functions of this project, which comes from another source</source>
        <translation>Die Funktionen dieses Projekts ausführen, das aus einer anderen Quelle stammt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="62" />
        <location filename="../app/twinstudio/livecontrols.cpp" line="179" />
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="73" />
        <source>Function %1 was disabled: %2</source>
        <translation>Funktion %1 wurde deaktiviert: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="113" />
        <location filename="../app/twinstudio/livecontrols.cpp" line="120" />
        <source>Connect to Broker</source>
        <translation>Mit Broker verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="114" />
        <source>Broker URL (mqtt://host:port or mqtts://host:port):</source>
        <translation>Broker-URL (mqtt://host:port oder mqtts://host:port):</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="121" />
        <source>“%1” is not a broker URL. Write it as mqtt://host:port, or mqtts://host:port for TLS.</source>
        <translation>„%1“ ist keine Broker-URL. Schreiben Sie sie als mqtt://host:port oder, für TLS, als mqtts://host:port.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="135" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="139" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="143" />
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="143" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="147" />
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="152" />
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="159" />
        <source>Not connected to an MQTT broker</source>
        <translation>Nicht mit einem MQTT-Broker verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="161" />
        <source>Source: the built-in simulator</source>
        <translation>Quelle: der eingebaute Simulator</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="163" />
        <source>Broker: %1</source>
        <translation>Broker: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="165" />
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="181" />
        <source>Messages per second over the last second
received %1, malformed %2, unbound %3, dropped %4
function invocations %5, failed %6, notifications %7</source>
        <translation>Nachrichten pro Sekunde in der letzten Sekunde
empfangen %1, fehlerhaft %2, ungebunden %3, verworfen %4
Funktionsaufrufe %5, fehlgeschlagen %6, Benachrichtigungen %7</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="197" />
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="202" />
        <source>This project contains functions from another source. Trust and run them?</source>
        <translation>Dieses Projekt enthält Funktionen aus einer anderen Quelle. Vertrauen und ausführen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="206" />
        <source>Trust and Run</source>
        <translation>Vertrauen und ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="208" />
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="219" />
        <source>Trust Project Functions</source>
        <translation>Projektfunktionen vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="220" />
        <source>The trust could not be remembered: %1</source>
        <translation>Das Vertrauen konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::MainWindow</name>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="65" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="66" />
        <source>State of the connection to the MQTT broker</source>
        <translation>Zustand der Verbindung zum MQTT-Broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="75" />
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="94" />
        <source>Plan</source>
        <translation>Grundriss</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="95" />
        <source>3D view of the building</source>
        <translation>3D-Ansicht des Gebäudes</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="95" />
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="96" />
        <source>Charts of live telemetry</source>
        <translation>Diagramme der Live-Telemetrie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="96" />
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="97" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="98" />
        <source>User-defined functions</source>
        <translation>Benutzerdefinierte Funktionen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="98" />
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="109" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="110" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="113" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="116" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="119" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="122" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="126" />
        <source>&amp;Import Topology…</source>
        <translation>Topologie &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="128" />
        <source>Add twins, relationships and models from an Azure Digital Twins, ADT Explorer or TwinStudio file, as one undoable step</source>
        <translation>Zwillinge, Beziehungen und Modelle aus einer Azure-Digital-Twins-, ADT-Explorer- oder TwinStudio-Datei hinzufügen, als ein rückgängig machbarer Schritt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="130" />
        <source>&amp;Export Topology…</source>
        <translation>Topologie &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="133" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="140" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="150" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="151" />
        <source>&amp;About TwinStudio</source>
        <translation>Ü&amp;ber TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="152" />
        <source>About TwinStudio</source>
        <translation>Über TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="153" />
        <source>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Design and monitor digital twins of buildings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Digitale Zwillinge von Gebäuden entwerfen und überwachen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="188" />
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="204" />
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="205" />
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="223" />
        <source>Recover Unsaved Changes?</source>
        <translation>Ungesicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="224" />
        <source>%1 has unsaved changes from %2 that were not saved, probably because TwinStudio stopped unexpectedly. Recover them?</source>
        <translation>%1 hat Änderungen vom %2, die nicht gespeichert wurden, vermutlich weil TwinStudio unerwartet beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="231" />
        <location filename="../app/twinstudio/mainwindow.cpp" line="250" />
        <source>Recovery Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="244" />
        <source>Recover Unsaved Project?</source>
        <translation>Ungesichertes Projekt wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="245" />
        <source>An unsaved project from %1 was left behind when TwinStudio stopped unexpectedly. Recover it?</source>
        <translation>Ein ungesichertes Projekt vom %1 ist übrig geblieben, als TwinStudio unerwartet beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="273" />
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="288" />
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="289" />
        <source>%1 could not be saved:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="293" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="302" />
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="303" />
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Das Projekt hat ungesicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="312" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="314" />
        <source>%1[*] — TwinStudio</source>
        <translation>%1[*] — TwinStudio</translation>
    </message>
</context>
<context>
    <name>twin::ui::NotificationsDock</name>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="14" />
        <location filename="../app/twinstudio/notificationsdock.cpp" line="53" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="27" />
        <source>Notifications raised by the project&apos;s functions while live</source>
        <translation>Benachrichtigungen der Projektfunktionen im Live-Betrieb</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="31" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="53" />
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
</context>
<context>
    <name>twin::ui::PaletteDock</name>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="13" />
        <source>Ontology</source>
        <translation>Ontologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="21" />
        <source>Search types</source>
        <translation>Typen suchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="30" />
        <source>Drag a device or sensor type onto a room of the plan</source>
        <translation>Einen Geräte- oder Sensortyp auf einen Raum im Grundriss ziehen</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanScene</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/plan/planscene.cpp" line="280" />
        <source>Move %n item(s)</source>
        <translation><numerusform>%n Element verschieben</numerusform><numerusform>%n Elemente verschieben</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="315" />
        <source>Drop a sensor onto a device</source>
        <translation>Einen Sensor auf ein Gerät ziehen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="325" />
        <source>There is no floor to drop onto</source>
        <translation>Es gibt kein Geschoss zum Ablegen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="337" />
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanTool</name>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="110" />
        <source>Next Segment</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="111" />
        <source>Length in metres, optionally followed by an angle in degrees (e.g. "4.5" or "3 90"); empty to finish:</source>
        <translation>Länge in Metern, optional gefolgt von einem Winkel in Grad (z. B. „4.5“ oder „3 90“); leer zum Beenden:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="215" />
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="219" />
        <source>Cannot add the room: %1</source>
        <translation>Der Raum kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="233" />
        <source>Cannot add the wall: %1</source>
        <translation>Die Wand kann nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanView</name>
    <message>
        <location filename="../app/twinstudio/plan/planitems.cpp" line="91" />
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="29" />
        <source>Floor shown in the plan; the floor below is drawn faded</source>
        <translation>Im Grundriss gezeigtes Geschoss; das Geschoss darunter wird blass gezeichnet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="32" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="33" />
        <source>Zoom to show the whole floor (F)</source>
        <translation>Zoomen, bis das ganze Geschoss sichtbar ist (F)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="58" />
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="58" />
        <source>Select and move; drag a rubber band to select several</source>
        <translation>Auswählen und verschieben; mit einem Gummiband mehrere auswählen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="60" />
        <source>Rectangle room</source>
        <translation>Rechteckiger Raum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="60" />
        <source>Draw a rectangular room: click two corners or drag</source>
        <translation>Einen rechteckigen Raum zeichnen: zwei Ecken anklicken oder aufziehen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="62" />
        <source>Polygon room</source>
        <translation>Polygonraum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="62" />
        <source>Draw a room corner by corner; double-click or click the first corner to close</source>
        <translation>Einen Raum Ecke für Ecke zeichnen; Doppelklick oder Klick auf die erste Ecke schließt ihn</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="64" />
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="64" />
        <source>Draw walls with chained clicks; double-click to finish. Enter types a length</source>
        <translation>Wände mit aufeinanderfolgenden Klicks zeichnen; Doppelklick beendet. Eingabe tippt eine Länge</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="67" />
        <source> Alt: no magnetism </source>
        <translation> Alt: kein Fangen </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="70" />
        <source>Floor:</source>
        <translation>Geschoss:</translation>
    </message>
</context>
<context>
    <name>twin::ui::TopologyDock</name>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="17" />
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="32" />
        <source>Filter twins by id, name or type</source>
        <translation>Zwillinge nach ID, Name oder Typ filtern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="34" />
        <source>Type to list the twins whose id, name or model contains the text</source>
        <translation>Tippen, um die Zwillinge aufzulisten, deren ID, Name oder Modell den Text enthält</translation>
    </message>
</context>
</TS>