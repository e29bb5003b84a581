<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Legend</name>
    <message>
        <location filename="../qml/views/Legend.qml" line="38"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../qml/views/Legend.qml" line="43"/>
        <source>stale (faded)</source>
        <translation>veraltet (verblasst)</translation>
    </message>
</context>
<context>
    <name>RecoveryFailure</name>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="15"/>
        <source>The unsaved project could not be recovered from %1.</source>
        <translation>Das ungespeicherte Projekt konnte nicht aus %1 wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="17"/>
        <source>%1 could not be recovered from %2.</source>
        <translation>%1 konnte nicht aus %2 wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="28"/>
        <source>%1: no reason was given.</source>
        <translation>%1: Es wurde kein Grund angegeben.</translation>
    </message>
</context>
<context>
    <name>twin::AdtNdjsonFormat</name>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="58"/>
        <source>Azure Digital Twins import job (NDJSON)</source>
        <translation>Azure-Digital-Twins-Importauftrag (NDJSON)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="63"/>
        <source>Azure Digital Twins import job (*.ndjson *.jsonl *.json)</source>
        <translation>Azure-Digital-Twins-Importauftrag (*.ndjson *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="157"/>
        <source>the line is longer than %1 MiB: left out</source>
        <translation>die Zeile ist länger als %1 MiB: ausgelassen</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="166"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="180"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="191"/>
        <source>unknown section &apos;%1&apos; (expected Header, Models, Twins or Relationships)</source>
        <translation>unbekannter Abschnitt „%1“ (erwartet: Header, Models, Twins oder Relationships)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="193"/>
        <source>section %1 appears twice</source>
        <translation>Abschnitt %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="196"/>
        <source>section %1 is out of order: it must come before section %2</source>
        <translation>Abschnitt %1 steht an falscher Stelle: Er muss vor Abschnitt %2 stehen</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="209"/>
        <source>data before the first section marker (e.g. {&quot;Section&quot;: &quot;Twins&quot;})</source>
        <translation>Daten vor der ersten Abschnittsmarke (z. B. {&quot;Section&quot;: &quot;Twins&quot;})</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="216"/>
        <source>the Header section holds one line</source>
        <translation>der Abschnitt Header enthält genau eine Zeile</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="218"/>
        <source>fileVersion must be a string</source>
        <translation>fileVersion muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="222"/>
        <source>model has no @id</source>
        <translation>Modell hat keine @id</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="254"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="276"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>twin::AutosaveManager</name>
    <message>
        <location filename="../models/store/autosavemanager.cpp" line="114"/>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/store/autosavemanager.cpp" line="180"/>
        <source>the autosave could not be written</source>
        <translation>die automatische Sicherung konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>twin::BindingCheck</name>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="49"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="50"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="50"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="112"/>
        <source>%1 takes a number, not %2</source>
        <translation>%1 nimmt eine Zahl, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="117"/>
        <source>%1 takes a whole number, not %2</source>
        <translation>%1 nimmt eine ganze Zahl, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="124"/>
        <location filename="../models/telemetry/bindingcheck.cpp" line="238"/>
        <source>Scale and offset apply to numbers only; %1 is a %2</source>
        <translation>Faktor und Versatz gelten nur für Zahlen; %1 ist vom Typ %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="133"/>
        <source>%1 takes true or false, not %2</source>
        <translation>%1 nimmt true oder false, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="145"/>
        <source>%1 takes one of %2, not %3</source>
        <translation>%1 nimmt einen der Werte %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="152"/>
        <source>%1 takes text, not %2</source>
        <translation>%1 nimmt Text, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="204"/>
        <source>The topic &apos;%1&apos; is not a valid MQTT topic filter</source>
        <translation>Das Topic „%1“ ist kein gültiger MQTT-Topic-Filter</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="208"/>
        <source>Scale and offset must be numbers</source>
        <translation>Faktor und Versatz müssen Zahlen sein</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="214"/>
        <source>A pattern binding needs the model of the twins it binds</source>
        <translation>Eine Musterbindung braucht das Modell der Zwillinge, die sie bindet</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="216"/>
        <source>The model %1 is not loaded</source>
        <translation>Das Modell %1 ist nicht geladen</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="218"/>
        <source>No twin of %1 can stand at the {twin} level</source>
        <translation>Kein Zwilling von %1 kann auf der Ebene {twin} stehen</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="223"/>
        <source>The binding names no twin</source>
        <translation>Die Bindung nennt keinen Zwilling</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="223"/>
        <source>The twin &apos;%1&apos; does not exist</source>
        <translation>Den Zwilling „%1“ gibt es nicht</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="233"/>
        <source>%1 is not a telemetry or property of %2</source>
        <translation>%1 ist keine Telemetrie und keine Eigenschaft von %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="236"/>
        <source>The schema of %1 is not a number, boolean, string or enum</source>
        <translation>Das Schema von %1 ist weder Zahl, Wahrheitswert, Zeichenkette noch Aufzählung</translation>
    </message>
</context>
<context>
    <name>twin::BindingPicker</name>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="17"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="18"/>
        <source>°F → °C</source>
        <translation>°F → °C</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="19"/>
        <source>K → °C</source>
        <translation>K → °C</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="20"/>
        <source>Fraction 0–1 → %</source>
        <translation>Anteil 0–1 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="21"/>
        <source>Raw 0–255 → %</source>
        <translation>Rohwert 0–255 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="22"/>
        <source>Raw 0–1023 → %</source>
        <translation>Rohwert 0–1023 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="23"/>
        <source>Raw 0–4095 → %</source>
        <translation>Rohwert 0–4095 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="95"/>
        <source>Choose a twin</source>
        <translation>Wählen Sie einen Zwilling</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="95"/>
        <source>The model of %1 has no telemetry or property to bind</source>
        <translation>Das Modell von %1 hat keine bindbare Telemetrie oder Eigenschaft</translation>
    </message>
</context>
<context>
    <name>twin::BindingTableModel</name>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="30"/>
        <source>Not an object</source>
        <translation>Kein Objekt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="84"/>
        <source>every %1</source>
        <translation>jeder %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="106"/>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="137"/>
        <source>Twin</source>
        <translation>Zwilling</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="138"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="139"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="140"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="141"/>
        <source>Scale</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="142"/>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>twin::Category</name>
    <message>
        <location filename="../models/core/category.cpp" line="23"/>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="24"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="25"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="26"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="29"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>twin::CategoryMapModel</name>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="73"/>
        <source>%1 is not loaded in this project: the entry applies once an ontology defining it is imported</source>
        <translation>%1 ist in diesem Projekt nicht geladen: Der Eintrag gilt, sobald eine Ontologie importiert wird, die es definiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="90"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="128"/>
        <source>Root interface</source>
        <translation>Basisschnittstelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="129"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="130"/>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
</context>
<context>
    <name>twin::ColourRule</name>
    <message>
        <location filename="../models/live/colourrule.cpp" line="131"/>
        <source>a colour rule needs the name of the value it colours by</source>
        <translation>eine Farbregel braucht den Namen des Werts, nach dem sie färbt</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="139"/>
        <source>colour rule %1: a range has no valid colour</source>
        <translation>Farbregel %1: ein Bereich hat keine gültige Farbe</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="146"/>
        <source>colour rule %1: %2 has no valid colour</source>
        <translation>Farbregel %1: %2 hat keine gültige Farbe</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="150"/>
        <source>colour rule %1 has neither ranges nor values</source>
        <translation>Farbregel %1 hat weder Bereiche noch Werte</translation>
    </message>
</context>
<context>
    <name>twin::Commands</name>
    <message>
        <location filename="../models/document/commands/addrelationshipcommand.cpp" line="16"/>
        <source>Add %1 %2 %3</source>
        <translation>%1 %2 %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/addtwincommand.cpp" line="15"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/importcommand.cpp" line="21"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../models/document/commands/removerelationshipcommand.cpp" line="17"/>
        <source>Remove %1 %2 %3</source>
        <translation>%1 %2 %3 entfernen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/removetwincommand.cpp" line="24"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/setcategoryrootscommand.cpp" line="17"/>
        <source>Change ontology categories</source>
        <translation>Ontologie-Kategorien ändern</translation>
    </message>
    <message>
        <location filename="../models/document/commands/setgeometrycommand.cpp" line="23"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location filename="../models/document/commands/settwinpropertycommand.cpp" line="25"/>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/retypetwincommand.cpp" line="22"/>
        <source>Change the type of %1</source>
        <translation>Typ von %1 ändern</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="29"/>
        <source>Add Wall</source>
        <translation>Wand hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="30"/>
        <source>Add Door</source>
        <translation>Tür hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="31"/>
        <source>Add Dimension</source>
        <translation>Bemaßung hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="32"/>
        <source>Flip Door Swing</source>
        <translation>Türaufschlag umkehren</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="33"/>
        <source>Flip Door Hinge</source>
        <translation>Türanschlag umkehren</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="34"/>
        <source>Reshape Wall</source>
        <translation>Wand umformen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="35"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="36"/>
        <source>Set Background</source>
        <translation>Hintergrund setzen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="37"/>
        <source>Remove Background</source>
        <translation>Hintergrund entfernen</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="38"/>
        <source>Set Background Opacity</source>
        <translation>Deckkraft des Hintergrunds ändern</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="39"/>
        <source>Calibrate Background</source>
        <translation>Hintergrund kalibrieren</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="40"/>
        <source>Set Floor Level</source>
        <translation>Geschosshöhe setzen</translation>
    </message>
</context>
<context>
    <name>twin::ContainmentCheck</name>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="31"/>
        <source>relationship &apos;%1&apos;: &apos;%2&apos; cannot contain itself</source>
        <translation>Beziehung „%1“: „%2“ kann sich nicht selbst enthalten</translation>
    </message>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="34"/>
        <source>relationship &apos;%1&apos;: &apos;%2&apos; is already contained by &apos;%3&apos;; a twin has one place in the tree</source>
        <translation>Beziehung „%1“: „%2“ ist bereits in „%3“ enthalten; ein Zwilling hat einen Platz im Baum</translation>
    </message>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="41"/>
        <source>relationship &apos;%1&apos; would make a containment cycle: &apos;%2&apos; is already inside &apos;%3&apos;</source>
        <translation>Beziehung „%1“ ergäbe einen Enthaltensein-Zyklus: „%2“ liegt bereits in „%3“</translation>
    </message>
</context>
<context>
    <name>twin::ContainmentTreeModel</name>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="127"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="268"/>
        <source>The ontology does not let it be placed there</source>
        <translation>Die Ontologie erlaubt es dort nicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="282"/>
        <source>Move %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling verschieben</numerusform>
            <numerusform>%n Zwillinge verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ContentCollector</name>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="26"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="72"/>
        <source>expected a DTDL interface with an @id</source>
        <translation>DTDL-Schnittstelle mit @id erwartet</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="82"/>
        <source>expected a twin object</source>
        <translation>Zwillingsobjekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="101"/>
        <source>expected a relationship object</source>
        <translation>Beziehungsobjekt erwartet</translation>
    </message>
</context>
<context>
    <name>twin::DtdlExportFormat</name>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="28"/>
        <source>DTDL models (JSON)</source>
        <translation>DTDL-Modelle (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="33"/>
        <source>DTDL models (*.json)</source>
        <translation>DTDL-Modelle (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="53"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="65"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="104"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="107"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="84"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="91"/>
        <source>two interfaces map to the same file name %1</source>
        <translation>zwei Schnittstellen ergeben denselben Dateinamen %1</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="99"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="102"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twin::EmbeddedImages</name>
    <message>
        <location filename="../models/document/embeddedimages.cpp" line="82"/>
        <source>the background image of floor &apos;%1&apos; is missing: %2 cannot be read; choose the image again (Plan → Background Image…)</source>
        <translation>das Hintergrundbild des Geschosses „%1“ fehlt: %2 kann nicht gelesen werden; wählen Sie das Bild erneut (Grundriss → Hintergrundbild…)</translation>
    </message>
</context>
<context>
    <name>twin::ExplorerJsonFormat</name>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="35"/>
        <source>Azure Digital Twins Explorer graph (JSON)</source>
        <translation>Azure-Digital-Twins-Explorer-Graph (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="40"/>
        <source>Azure Digital Twins Explorer graph (*.json)</source>
        <translation>Azure-Digital-Twins-Explorer-Graph (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="58"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="76"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="86"/>
        <source>neither digitalTwinsGraph nor digitalTwinsModels is present</source>
        <translation>weder digitalTwinsGraph noch digitalTwinsModels ist vorhanden</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="93"/>
        <source>file version &apos;%1&apos; is not 1.0.0; reading it as 1.0.0</source>
        <translation>Dateiversion „%1“ ist nicht 1.0.0; sie wird als 1.0.0 gelesen</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="99"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="106"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="170"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>twin::FloorPlanEditor</name>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="102"/>
        <source>There is no floor shown</source>
        <translation>Es wird kein Geschoss angezeigt</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="103"/>
        <source>Floor &apos;%1&apos; does not exist</source>
        <translation>Geschoss „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="109"/>
        <source>Nothing to add</source>
        <translation>Nichts hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="112"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="173"/>
        <source>A room needs at least three corners around some area</source>
        <translation>Ein Raum braucht mindestens drei Ecken um eine Fläche</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="180"/>
        <location filename="../models/document/floorplaneditor.cpp" line="184"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="193"/>
        <location filename="../models/document/floorplaneditor.cpp" line="214"/>
        <location filename="../models/document/floorplaneditor.cpp" line="278"/>
        <location filename="../models/document/floorplaneditor.cpp" line="345"/>
        <location filename="../models/document/floorplaneditor.cpp" line="484"/>
        <source>Twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="249"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="250"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="300"/>
        <source>&apos;%1&apos; is not an interface of this project</source>
        <translation>„%1“ ist keine Schnittstelle dieses Projekts</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="313"/>
        <source>Drop a sensor onto a device</source>
        <translation>Einen Sensor auf ein Gerät ziehen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="318"/>
        <source>There is no floor to drop onto</source>
        <translation>Es gibt kein Geschoss zum Ablegen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="338"/>
        <source>Nothing is selected</source>
        <translation>Nichts ist ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="350"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="352"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="367"/>
        <source>A wall needs two points and a positive thickness</source>
        <translation>Eine Wand braucht zwei Punkte und eine positive Dicke</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="379"/>
        <source>Click on a wall to place a door</source>
        <translation>Klicken Sie auf eine Wand, um eine Tür zu setzen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="382"/>
        <source>A %1 m door does not fit there</source>
        <translation>Eine %1 m breite Tür passt dort nicht hin</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="393"/>
        <source>A dimension line needs two different points</source>
        <translation>Eine Maßlinie braucht zwei verschiedene Punkte</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="413"/>
        <source>No door is selected</source>
        <translation>Keine Tür ist ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="423"/>
        <source>The floor has no wall %1</source>
        <translation>Das Geschoss hat keine Wand %1</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="435"/>
        <source>%1 is not an image this program can read (%2)</source>
        <translation>%1 ist kein Bild, das dieses Programm lesen kann (%2)</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="439"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="452"/>
        <location filename="../models/document/floorplaneditor.cpp" line="463"/>
        <source>This floor has no background image</source>
        <translation>Dieses Geschoss hat kein Hintergrundbild</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="472"/>
        <source>This floor has no background image to calibrate</source>
        <translation>Dieses Geschoss hat kein Hintergrundbild zum Kalibrieren</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="476"/>
        <source>Calibration needs two different points and a positive distance</source>
        <translation>Die Kalibrierung braucht zwei verschiedene Punkte und einen positiven Abstand</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="486"/>
        <source>A floor needs a name</source>
        <translation>Ein Geschoss braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="488"/>
        <source>A floor needs a positive height</source>
        <translation>Ein Geschoss braucht eine positive Höhe</translation>
    </message>
</context>
<context>
    <name>twin::FunctionDebugger</name>
    <message>
        <location filename="../models/functions/functiondebugger.cpp" line="56"/>
        <source>a debug run is going</source>
        <translation>ein Debug-Lauf läuft bereits</translation>
    </message>
    <message>
        <location filename="../models/functions/functiondebugger.cpp" line="178"/>
        <source>the run is not paused</source>
        <translation>der Lauf ist nicht angehalten</translation>
    </message>
</context>
<context>
    <name>twin::FunctionEditor</name>
    <message>
        <location filename="../models/functions/commands/addfunctioncommand.cpp" line="17"/>
        <source>Add function %1</source>
        <translation>Funktion %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/functions/commands/removefunctioncommand.cpp" line="16"/>
        <source>Remove function %1</source>
        <translation>Funktion %1 entfernen</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="54"/>
        <source>a function needs a name</source>
        <translation>eine Funktion braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="56"/>
        <source>a function named &apos;%1&apos; already exists</source>
        <translation>eine Funktion namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="58"/>
        <source>function &apos;%1&apos; is assigned to &apos;%2&apos;, which does not exist</source>
        <translation>Funktion „%1“ ist „%2“ zugewiesen, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="78"/>
        <location filename="../models/functions/functioneditor.cpp" line="87"/>
        <location filename="../models/functions/functioneditor.cpp" line="99"/>
        <location filename="../models/functions/functioneditor.cpp" line="112"/>
        <source>there is no function &apos;%1&apos;</source>
        <translation>es gibt keine Funktion „%1“</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="91"/>
        <source>Change function %1</source>
        <translation>Funktion %1 ändern</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="104"/>
        <source>Edit function %1</source>
        <translation>Funktion %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="117"/>
        <source>Enable function %1</source>
        <translation>Funktion %1 aktivieren</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="117"/>
        <source>Disable function %1</source>
        <translation>Funktion %1 deaktivieren</translation>
    </message>
</context>
<context>
    <name>twin::FunctionStatusModel</name>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="90"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="90"/>
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="93"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="95"/>
        <source>Not run: the project is not trusted</source>
        <translation>Nicht ausgeführt: dem Projekt wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="99"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="129"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="166"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="168"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="170"/>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="172"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="174"/>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="176"/>
        <source>p99 time</source>
        <translation>p99-Zeit</translation>
    </message>
</context>
<context>
    <name>twin::HistoryLocationSetting</name>
    <message>
        <location filename="../models/document/historylocationsetting.cpp" line="32"/>
        <source>Change History Location</source>
        <translation>Ablageort der Historie ändern</translation>
    </message>
</context>
<context>
    <name>twin::ImportPlan</name>
    <message>
        <location filename="../models/document/importplan.cpp" line="25"/>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="26"/>
        <source>left out: %1: %2</source>
        <translation>ausgelassen: %1: %2</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="51"/>
        <source>model %1 is already loaded with a different definition</source>
        <translation>Modell %1 ist bereits mit einer anderen Definition geladen</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="113"/>
        <source>duplicate twin id &apos;%1&apos;</source>
        <translation>doppelte Zwillings-ID „%1“</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="117"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>Zwilling „%1“: „%2“ ist kein gültiger Modell-DTMI</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="121"/>
        <source>twin &apos;%1&apos;</source>
        <translation>Zwilling „%1“</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="139"/>
        <source>relationship &apos;%1&apos;</source>
        <translation>Beziehung „%1“</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="144"/>
        <source>left out: %1: twin &apos;%2&apos; was left out</source>
        <translation>ausgelassen: %1: Zwilling „%2“ wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="152"/>
        <source>relationship without an id</source>
        <translation>Beziehung ohne ID</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="154"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Quellzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="156"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Zielzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="159"/>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;</source>
        <translation>doppelte Beziehung „%1“ von Zwilling „%2“</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="180"/>
        <source>a function without a name</source>
        <translation>eine Funktion ohne Namen</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="182"/>
        <source>duplicate function &apos;%1&apos;</source>
        <translation>doppelte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="186"/>
        <source>nothing in the file could be imported</source>
        <translation>nichts aus der Datei konnte importiert werden</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="202"/>
        <source>the project has a connection &apos;%1&apos; already; the file&apos;s is left out</source>
        <translation>das Projekt hat bereits eine Verbindung „%1“; die der Datei wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>twin::InspectorModel</name>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="128"/>
        <source>enum of %1</source>
        <translation>Aufzählung aus %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="130"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="133"/>
        <source>map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="133"/>
        <source>map of %1</source>
        <translation>Map von %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="136"/>
        <source>array of %1</source>
        <translation>Array aus %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="158"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="158"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="166"/>
        <source>The id of a twin cannot change once it exists.</source>
        <translation>Die ID eines Zwillings lässt sich nach dem Anlegen nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="168"/>
        <source>The model of a twin cannot change once it exists.</source>
        <translation>Das Modell eines Zwillings lässt sich nach dem Anlegen nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="169"/>
        <source>The category follows from the model.</source>
        <translation>Die Kategorie ergibt sich aus dem Modell.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="171"/>
        <source>Telemetry is measured, not set: the value comes from the live data.</source>
        <translation>Telemetrie wird gemessen, nicht gesetzt: Der Wert kommt aus den Live-Daten.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="175"/>
        <source>Edit the component&apos;s properties in the rows below it.</source>
        <translation>Die Eigenschaften der Komponente werden in den Zeilen darunter bearbeitet.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="177"/>
        <source>Use Remove and Add Relationship… to change relationships.</source>
        <translation>Beziehungen ändern Sie mit „Entfernen“ und „Beziehung hinzufügen…“.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="183"/>
        <source>The model of this twin is not loaded.</source>
        <translation>Das Modell dieses Zwillings ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="185"/>
        <source>Read-only: the model declares %1 as not writable, its value is reported by the device.</source>
        <translation>Schreibgeschützt: Das Modell erklärt %1 als nicht beschreibbar, der Wert wird vom Gerät gemeldet.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="188"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="133"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="140"/>
        <source>Values of schema %1 cannot be edited here.</source>
        <translation>Werte des Schemas %1 lassen sich hier nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="33"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="35"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="37"/>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="39"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="41"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="43"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="51"/>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="79"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="129"/>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="137"/>
        <source>Computed by a function at %1</source>
        <translation>Von einer Funktion berechnet am %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="139"/>
        <source>Measured at %1</source>
        <translation>Gemessen am %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="139"/>
        <source>No live value yet.</source>
        <translation>Noch kein Live-Wert.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="144"/>
        <source>Relationship %1 to %2</source>
        <translation>Beziehung %1 zu %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="173"/>
        <source>Computed by a function from the live data.</source>
        <translation>Von einer Funktion aus den Live-Daten berechnet.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="329"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="331"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="333"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="269"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="282"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="288"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="290"/>
        <source>%1 is outside the range of %2 (%3 to %4)</source>
        <translation>%1 liegt außerhalb des Bereichs von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="301"/>
        <source>&apos;%1&apos; is not one of the values of this enum</source>
        <translation>„%1“ ist keiner der Werte dieser Aufzählung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="328"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="330"/>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="337"/>
        <source>values of schema %1 cannot be edited here</source>
        <translation>Werte des Schemas %1 lassen sich hier nicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="75"/>
        <source>%1 has no relationship &apos;%2&apos;</source>
        <translation>%1 hat keine Beziehung „%2“</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="78"/>
        <source>%1 already has %n &apos;%2&apos; relationship(s), the most its model allows</source>
        <translation>
            <numerusform>%1 hat bereits %n Beziehung „%2“, mehr erlaubt sein Modell nicht</numerusform>
            <numerusform>%1 hat bereits %n Beziehungen „%2“, mehr erlaubt sein Modell nicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="82"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="83"/>
        <source>&apos;%1&apos; cannot be the target of &apos;%2&apos; of %3</source>
        <translation>„%1“ kann nicht Ziel von „%2“ von %3 sein</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="29"/>
        <source>Select a relationship to remove.</source>
        <translation>Wählen Sie die zu entfernende Beziehung aus.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="80"/>
        <source>Select a map or an array, or one of its entries.</source>
        <translation>Wählen Sie eine Map oder ein Array oder einen ihrer Einträge.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="138"/>
        <source>Select an entry of a map or an element of an array.</source>
        <translation>Wählen Sie einen Eintrag einer Map oder ein Element eines Arrays.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="64"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="85"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="118"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="162"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="178"/>
        <source>The twin is gone.</source>
        <translation>Der Zwilling existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="68"/>
        <source>The value changed meanwhile; try again.</source>
        <translation>Der Wert hat sich inzwischen geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="92"/>
        <source>An entry needs a value: remove it instead.</source>
        <translation>Ein Eintrag braucht einen Wert: Entfernen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="106"/>
        <source>A map key cannot be empty.</source>
        <translation>Ein Map-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="108"/>
        <source>A map key cannot start with &apos;$&apos;.</source>
        <translation>Ein Map-Schlüssel darf nicht mit „$“ beginnen.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="110"/>
        <source>The map already has the key &apos;%1&apos;.</source>
        <translation>Die Map hat bereits den Schlüssel „%1“.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="144"/>
        <source>Entries can be added to maps and arrays only.</source>
        <translation>Einträge können nur zu Maps und Arrays hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="152"/>
        <source>Select an entry of a map or an element of an array to remove.</source>
        <translation>Wählen Sie den Eintrag einer Map oder das Element eines Arrays, das entfernt werden soll.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="159"/>
        <source>Only the elements of an array have an order.</source>
        <translation>Nur die Elemente eines Arrays haben eine Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="166"/>
        <source>The element is already the first.</source>
        <translation>Das Element ist bereits das erste.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="166"/>
        <source>The element is already the last.</source>
        <translation>Das Element ist bereits das letzte.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="175"/>
        <source>Only the entries of a map have a key.</source>
        <translation>Nur die Einträge einer Map haben einen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>twin::LivePlanOverlay</name>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="526"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="526"/>
        <source>occupied</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="537"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="539"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="541"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="543"/>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="545"/>
        <source>Colour rule</source>
        <translation>Farbregel</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="571"/>
        <source>motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="571"/>
        <source>no motion</source>
        <translation>keine Bewegung</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="573"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="573"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>twin::LiveSession</name>
    <message>
        <location filename="../models/live/livesession.cpp" line="144"/>
        <source>The project has no connection &quot;%1&quot;.</source>
        <translation>Das Projekt hat keine Verbindung „%1“.</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="199"/>
        <source>Nothing to record: connect to a broker or run the simulator first.</source>
        <translation>Nichts aufzuzeichnen: Verbinden Sie sich zuerst mit einem Broker oder starten Sie den Simulator.</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="269"/>
        <source>Function skipped: %1</source>
        <translation>Funktion übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="437"/>
        <location filename="../models/live/livesessionsources.cpp" line="91"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="706"/>
        <source>Function %1 was disabled (%2) but could not be marked so: %3</source>
        <translation>Funktion %1 wurde deaktiviert (%2), konnte aber nicht so markiert werden: %3</translation>
    </message>
</context>
<context>
    <name>twin::NativeJsonFormat</name>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="71"/>
        <source>TwinStudio project (JSON)</source>
        <translation>TwinStudio-Projekt (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="76"/>
        <source>TwinStudio project JSON (*.twinstudio.json *.json)</source>
        <translation>TwinStudio-Projekt-JSON (*.twinstudio.json *.json)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="98"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="121"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="125"/>
        <source>not a TwinStudio project file (format is not &quot;%1&quot;)</source>
        <translation>keine TwinStudio-Projektdatei (format ist nicht &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="128"/>
        <source>version must be a positive integer</source>
        <translation>version muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="131"/>
        <source>file version %1 is newer than this TwinStudio reads (%2)</source>
        <translation>Dateiversion %1 ist neuer als die, die diese TwinStudio-Version liest (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="141"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="141"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="48"/>
        <source>$geometry must be an object</source>
        <translation>$geometry muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="50"/>
        <source>twin &apos;%1&apos;: %2</source>
        <translation>Zwilling „%1“: %2</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="162"/>
        <source>&apos;%1&apos; is not a category (Space, Device, Sensor, Person or Other)</source>
        <translation>„%1“ ist keine Kategorie (Space, Device, Sensor, Person oder Other)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="173"/>
        <source>a containment rule needs a name</source>
        <translation>eine Enthaltenseinsregel braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="182"/>
        <source>direction must be parentToChild or childToParent</source>
        <translation>direction muss parentToChild oder childToParent sein</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="260"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>twin::NotificationModel</name>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="350"/>
        <source>%1
(from function %2)</source>
        <translation>%1
(von Funktion %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="389"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="391"/>
        <source>Twin</source>
        <translation>Zwilling</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="393"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="395"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="256"/>
        <source>The alert on %1 is cleared already</source>
        <translation>Der Alarm für %1 ist bereits aufgehoben</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="319"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="320"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="321"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="325"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="327"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="329"/>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="352"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Quittiert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="397"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="399"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>twin::PaletteModel</name>
    <message>
        <location filename="../models/itemmodels/palettemodel.cpp" line="73"/>
        <location filename="../models/itemmodels/palettemodel.cpp" line="123"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>twin::Project</name>
    <message>
        <location filename="../models/document/project.cpp" line="146"/>
        <source>a twin with id &apos;%1&apos; already exists</source>
        <translation>ein Zwilling mit der ID „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="149"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>Zwilling „%1“: „%2“ ist kein gültiger Modell-DTMI</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="161"/>
        <source>the relationship id is empty</source>
        <translation>die Beziehungs-ID ist leer</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="163"/>
        <source>relationship &apos;%1&apos; has no name</source>
        <translation>Beziehung „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="165"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Quellzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="167"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Zielzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="169"/>
        <source>twin &apos;%1&apos; already has a relationship &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat bereits eine Beziehung „%2“</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="209"/>
        <source>parent twin &apos;%1&apos; does not exist</source>
        <translation>übergeordneter Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="220"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="230"/>
        <location filename="../models/document/project.cpp" line="242"/>
        <location filename="../models/document/project.cpp" line="269"/>
        <location filename="../models/document/project.cpp" line="298"/>
        <location filename="../models/document/project.cpp" line="338"/>
        <location filename="../models/document/project.cpp" line="341"/>
        <location filename="../models/document/project.cpp" line="387"/>
        <location filename="../models/document/project.cpp" line="401"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="257"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="258"/>
        <source>Remove %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling entfernen</numerusform>
            <numerusform>%n Zwillinge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="271"/>
        <source>&apos;%1&apos; is not a loaded interface</source>
        <translation>„%1“ ist keine geladene Schnittstelle</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="300"/>
        <source>&apos;%1&apos; is not a property name</source>
        <translation>„%1“ ist kein Eigenschaftsname</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="329"/>
        <source>twin &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat keine Beziehung „%2“</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="343"/>
        <source>&apos;%1&apos; cannot be moved into itself</source>
        <translation>„%1“ kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="347"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>duplicate twin id &apos;%1&apos;</source>
        <translation type="vanished">doppelte Zwillings-ID „%1“</translation>
    </message>
    <message>
        <source>relationship without an id</source>
        <translation type="vanished">Beziehung ohne ID</translation>
    </message>
    <message>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;</source>
        <translation type="vanished">doppelte Beziehung „%1“ von Zwilling „%2“</translation>
    </message>
    <message>
        <source>a function without a name</source>
        <translation type="vanished">eine Funktion ohne Namen</translation>
    </message>
    <message>
        <source>duplicate function &apos;%1&apos;</source>
        <translation type="vanished">doppelte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="429"/>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="494"/>
        <source>%n inconsistent twin(s) or relationship(s) were skipped</source>
        <translation>
            <numerusform>%n inkonsistenter Zwilling oder inkonsistente Beziehung wurde übersprungen</numerusform>
            <numerusform>%n inkonsistente Zwillinge oder Beziehungen wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="558"/>
        <source>no DTDL interfaces found</source>
        <translation>keine DTDL-Schnittstellen gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="561"/>
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n Pfad</numerusform>
            <numerusform>%n Pfade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="562"/>
        <source>Import ontology %1</source>
        <translation>Ontologie %1 importieren</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="577"/>
        <source>%1 is not an interface of this project</source>
        <translation>%1 ist keine Schnittstelle dieses Projekts</translation>
    </message>
</context>
<context>
    <name>twin::ProjectStore</name>
    <message>
        <location filename="../models/store/projectfile.cpp" line="21"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="23"/>
        <source>is a folder, not a project file</source>
        <translation>ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="26"/>
        <source>is not a regular file, not a project file</source>
        <translation>ist keine gewöhnliche Datei, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="29"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="31"/>
        <source>the file is empty, not a TwinStudio project</source>
        <translation>die Datei ist leer, kein TwinStudio-Projekt</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="34"/>
        <source>not a TwinStudio project (not an SQLite database)</source>
        <translation>kein TwinStudio-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="44"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="49"/>
        <location filename="../models/store/projectfile.cpp" line="72"/>
        <location filename="../models/store/projectfile.cpp" line="74"/>
        <location filename="../models/store/projectfile.cpp" line="77"/>
        <location filename="../models/store/projectstore.cpp" line="172"/>
        <location filename="../models/store/projectstore.cpp" line="179"/>
        <source>damaged project: %1</source>
        <translation>beschädigtes Projekt: %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="63"/>
        <source>the project has schema version %1, newer than this version of TwinStudio reads (%2 at most); open it with a newer TwinStudio</source>
        <translation>das Projekt hat Schemaversion %1, neuer als diese TwinStudio-Version liest (höchstens %2); öffnen Sie es mit einem neueren TwinStudio</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="87"/>
        <source>cannot upgrade the project from schema version %1: %2</source>
        <translation>das Projekt kann nicht von Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="612"/>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="615"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="620"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="626"/>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="641"/>
        <location filename="../models/store/projectstore.cpp" line="644"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="649"/>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>twin::SetAlertRulesCommand</name>
    <message>
        <location filename="../models/live/setalertrulescommand.cpp" line="31"/>
        <source>Add Alert Rule %1</source>
        <translation>Alarmregel %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/live/setalertrulescommand.cpp" line="43"/>
        <source>Remove Alert Rule</source>
        <translation>Alarmregel entfernen</translation>
    </message>
</context>
<context>
    <name>twin::SetBindingsCommand</name>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="56"/>
        <source>Bind %1</source>
        <translation>%1 binden</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="64"/>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="82"/>
        <source>There is no binding %1 (the project has %2)</source>
        <translation>Es gibt keine Bindung %1 (das Projekt hat %2)</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="74"/>
        <source>Edit Binding %1</source>
        <translation>Bindung %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="87"/>
        <source>Remove Binding %1</source>
        <translation>Bindung %1 entfernen</translation>
    </message>
</context>
<context>
    <name>twin::SetColourRulesCommand</name>
    <message>
        <location filename="../models/live/setcolourrulescommand.cpp" line="30"/>
        <source>Edit Colour Rules</source>
        <translation>Farbregeln bearbeiten</translation>
    </message>
</context>
<context>
    <name>twin::TimeCursor</name>
    <message>
        <location filename="../models/live/timecursor.cpp" line="84"/>
        <source>There is no history to show: record a live run of a saved project first.</source>
        <translation>Es gibt keinen Verlauf zum Anzeigen: Zeichnen Sie zuerst einen Live-Lauf eines gespeicherten Projekts auf.</translation>
    </message>
</context>
<context>
    <name>twin::TopicTreeModel</name>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="311"/>
        <source>The topics of the source without a connection profile</source>
        <translation>Die Topics der Quelle ohne Verbindungsprofil</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="312"/>
        <source>The topics of connection %1</source>
        <translation>Die Topics der Verbindung %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="315"/>
        <source>%1
Bound: its values reach twins</source>
        <translation>%1
Gebunden: seine Werte erreichen Zwillinge</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="316"/>
        <source>%1
No binding takes this topic</source>
        <translation>%1
Keine Bindung nimmt dieses Topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="332"/>
        <source>(source)</source>
        <translation>(Quelle)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="146"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="342"/>
        <source>retained</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="147"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="344"/>
        <source>bound</source>
        <translation>gebunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="147"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="344"/>
        <source>unbound</source>
        <translation>ungebunden</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="357"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="358"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="359"/>
        <source>Rate (/s)</source>
        <translation>Rate (/s)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="360"/>
        <source>Retained</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="361"/>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="362"/>
        <source>Last payload</source>
        <translation>Letzte Nutzlast</translation>
    </message>
</context>
<context>
    <name>twin::TopologyExporter</name>
    <message>
        <location filename="../models/interchange/topologyexporter.cpp" line="15"/>
        <location filename="../models/interchange/topologyexporter.cpp" line="25"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>twin::TopologyImport</name>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="31"/>
        <source> (first on line %1)</source>
        <translation> (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="33"/>
        <source> (first at %1)</source>
        <translation> (zuerst bei %1)</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="178"/>
        <source>model &apos;%1&apos;: @id is not a valid DTMI</source>
        <translation>Modell „%1“: @id ist kein gültiger DTMI</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="183"/>
        <source>model %1 is defined twice%2</source>
        <translation>Modell %1 ist zweimal definiert%2</translation>
    </message>
    <message>
        <source>model %1 is already loaded with a different definition</source>
        <translation type="vanished">Modell %1 ist bereits mit einer anderen Definition geladen</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="70"/>
        <source>contents %1</source>
        <translation>Inhalte %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="82"/>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="227"/>
        <source>duplicate twin id &apos;%1&apos;%2</source>
        <translation>doppelte Zwillings-ID „%1“%2</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="229"/>
        <source>twin &apos;%1&apos; already exists in the project</source>
        <translation>Zwilling „%1“ existiert bereits im Projekt</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="234"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>Zwilling „%1“: „%2“ ist kein gültiger Modell-DTMI</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="236"/>
        <source>twin &apos;%1&apos;: model %2 is neither in the file nor loaded</source>
        <translation>Zwilling „%1“: Modell %2 ist weder in der Datei noch geladen</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="249"/>
        <source>relationship of twin &apos;%1&apos; has an empty id</source>
        <translation>Beziehung von Zwilling „%1“ hat eine leere ID</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="251"/>
        <source>relationship &apos;%1&apos; has an empty name</source>
        <translation>Beziehung „%1“ hat einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="253"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Quellzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="255"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>Beziehung „%1“: Zielzwilling „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="265"/>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;%3</source>
        <translation>doppelte Beziehung „%1“ von Zwilling „%2“%3</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="270"/>
        <source>twin &apos;%1&apos; already has a relationship &apos;%2&apos; in the project</source>
        <translation>Zwilling „%1“ hat im Projekt bereits eine Beziehung „%2“</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="322"/>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="356"/>
        <source>nothing in the file could be imported</source>
        <translation>nichts aus der Datei konnte importiert werden</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="193"/>
        <source>model %1 is already loaded with a different definition (they differ in %2): keep the loaded definition or replace it with this one</source>
        <translation>Modell %1 ist bereits mit einer anderen Definition geladen (sie unterscheiden sich in %2): die geladene Definition behalten oder durch diese ersetzen</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="372"/>
        <source>the project rejected the import</source>
        <translation>das Projekt hat den Import abgelehnt</translation>
    </message>
</context>
<context>
    <name>twin::Twin</name>
    <message>
        <location filename="../models/graph/twin.cpp" line="196"/>
        <source>the twin id is empty</source>
        <translation>die Zwillings-ID ist leer</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="199"/>
        <source>the twin id is longer than 128 characters</source>
        <translation>die Zwillings-ID ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="202"/>
        <source>the twin id begins or ends with white space</source>
        <translation>die Zwillings-ID beginnt oder endet mit Leerraum</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="207"/>
        <source>the twin id contains a control character</source>
        <translation>die Zwillings-ID enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="211"/>
        <source>the twin id contains &apos;%1&apos;</source>
        <translation>die Zwillings-ID enthält „%1“</translation>
    </message>
</context>
<context>
    <name>twin::TwinClipboard</name>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="94"/>
        <source>There is no floor to paste onto</source>
        <translation>Es gibt kein Geschoss zum Einfügen</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="101"/>
        <source>The clipboard holds no twins</source>
        <translation>Die Zwischenablage enthält keine Zwillinge</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="105"/>
        <source>The clipboard holds twins of an unknown format version</source>
        <translation>Die Zwischenablage enthält Zwillinge in einer unbekannten Formatversion</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="121"/>
        <source>The clipboard&apos;s twins are damaged: %1</source>
        <translation>Die Zwillinge in der Zwischenablage sind beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="145"/>
        <source>The clipboard&apos;s relationship &apos;%1&apos; refers to a twin it does not hold</source>
        <translation>Die Beziehung „%1“ in der Zwischenablage verweist auf einen Zwilling, den sie nicht enthält</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="169"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/twinclipboard.cpp" line="193"/>
        <source>Paste %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling einfügen</numerusform>
            <numerusform>%n Zwillinge einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="195"/>
        <source>The twins cannot be pasted here</source>
        <translation>Die Zwillinge können hier nicht eingefügt werden</translation>
    </message>
</context>
<context>
    <name>twin::TwinFactory</name>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="180"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="182"/>
        <source>Building 1</source>
        <translation>Gebäude 1</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="184"/>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="258"/>
        <source>&apos;%1&apos; is not an interface of this project</source>
        <translation>„%1“ ist keine Schnittstelle dieses Projekts</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="264"/>
        <source>Twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="284"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>twin::TwinListModel</name>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="100"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="102"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="103"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddFloorDialog</name>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="18"/>
        <source>Add Floor</source>
        <translation>Geschoss hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="25"/>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="30"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="27"/>
        <source>Height of the floor&apos;s level above the site&apos;s datum</source>
        <translation>Höhe der Geschossebene über dem Bezugspunkt des Standorts</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="32"/>
        <source>Floor-to-floor height, which the 3D view extrudes</source>
        <translation>Geschosshöhe, die die 3D-Ansicht extrudiert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="35"/>
        <source>&amp;Elevation:</source>
        <translation>&amp;Höhenlage:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="36"/>
        <source>&amp;Height:</source>
        <translation>H&amp;öhe:</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddRelationshipDialog</name>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="36"/>
        <source>Add Relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="39"/>
        <source>Filter targets by id or name</source>
        <translation>Ziele nach ID oder Name filtern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="46"/>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="50"/>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="127"/>
        <source>The model allows at most %n of these, and the twin has them.</source>
        <translation>
            <numerusform>Das Modell erlaubt höchstens %n davon, und der Zwilling hat sie bereits.</numerusform>
            <numerusform>Das Modell erlaubt höchstens %n davon, und der Zwilling hat sie bereits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="62"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="63"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="94"/>
        <source>The model of this twin declares no relationships.</source>
        <translation>Das Modell dieses Zwillings deklariert keine Beziehungen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="129"/>
        <source>No twin can be the target.</source>
        <translation>Kein Zwilling kommt als Ziel in Frage.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="130"/>
        <source>No twin is a %1 that is not a target already.</source>
        <translation>Es gibt keinen Zwilling vom Typ %1, der nicht schon Ziel ist.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="132"/>
        <source>%1 of %2 shown: type to narrow the list.</source>
        <translation>%1 von %2 angezeigt: Tippen Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="134"/>
        <source>Targets are twins of %1 or a model that extends it.</source>
        <translation>Ziele sind Zwillinge von %1 oder eines davon abgeleiteten Modells.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="137"/>
        <source>%n greyed-out twin(s) cannot be chosen: a twin has one place in the containment tree and cannot contain what contains it (the tooltip says why).</source>
        <translation>
            <numerusform>%n ausgegrauter Zwilling kann nicht gewählt werden: Ein Zwilling hat einen Platz im Enthaltensein-Baum und kann nicht enthalten, was ihn enthält (der Tooltip sagt, warum).</numerusform>
            <numerusform>%n ausgegraute Zwillinge können nicht gewählt werden: Ein Zwilling hat einen Platz im Enthaltensein-Baum und kann nicht enthalten, was ihn enthält (der Tooltip sagt, warum).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::AlertRulesDialog</name>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="81"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="84"/>
        <source>One &amp;twin</source>
        <translation>Ein &amp;Zwilling</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="85"/>
        <source>Every twin of a t&amp;ype</source>
        <translation>Jeder Zwilling eines T&amp;yps</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="93"/>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="95"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="101"/>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="105"/>
        <source>A new rule: a copy of the selected one, or one watching the selected twin</source>
        <translation>Eine neue Regel: eine Kopie der ausgewählten oder eine für den ausgewählten Zwilling</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="124"/>
        <source>The twin whose value the rule watches</source>
        <translation>Der Zwilling, dessen Wert die Regel überwacht</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="127"/>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="131"/>
        <source>The rule watches every twin of this interface and of the interfaces extending it</source>
        <translation>Die Regel überwacht jeden Zwilling dieser Schnittstelle und der Schnittstellen, die sie erweitern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="136"/>
        <source>A telemetry name (&quot;temperature&quot;) or a semantic type (&quot;Temperature&quot;)</source>
        <translation>Ein Telemetriename („temperature“) oder ein semantischer Typ („Temperature“)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="138"/>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="139"/>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="140"/>
        <source>outside a range</source>
        <translation>außerhalb eines Bereichs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="141"/>
        <source>equals</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="142"/>
        <source>no data for</source>
        <translation>keine Daten seit</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="144"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="145"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="146"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="152"/>
        <source>How long the condition must hold before the alert is raised</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm ausgelöst wird</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="154"/>
        <source>How far back past the threshold the value must come before the alert clears</source>
        <translation>Wie weit der Wert hinter die Schwelle zurückkehren muss, bevor der Alarm aufgehoben wird</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="156"/>
        <source>Optional: shown with the alert</source>
        <translation>Optional: wird mit dem Alarm angezeigt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="163"/>
        <source>Watches:</source>
        <translation>Überwacht:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="164"/>
        <source>Twin:</source>
        <translation>Zwilling:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="165"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="166"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="167"/>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="168"/>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="169"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="170"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="171"/>
        <source>For:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="172"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="173"/>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="174"/>
        <source>Hysteresis:</source>
        <translation>Hysterese:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="175"/>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="198"/>
        <source>No alert rules yet. Add makes one: for instance every sensor&apos;s Temperature above 28, critical, after 60 s.</source>
        <translation>Noch keine Alarmregeln. „Hinzufügen“ legt eine an: zum Beispiel die Temperatur jedes Sensors über 28, kritisch, nach 60 s.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="352"/>
        <source>every %1</source>
        <translation>jeder %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="354"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="355"/>
        <source>%1: incomplete</source>
        <translation>%1: unvollständig</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="355"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="366"/>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="368"/>
        <source>Rule %1: the project has no twin &apos;%2&apos;</source>
        <translation>Regel %1: das Projekt hat keinen Zwilling „%2“</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="370"/>
        <source>Rule %1: the ontology has no interface &apos;%2&apos;</source>
        <translation>Regel %1: die Ontologie hat keine Schnittstelle „%2“</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="418"/>
        <source>Edit Alert Rules</source>
        <translation>Alarmregeln bearbeiten</translation>
    </message>
</context>
<context>
    <name>twin::ui::BindingPickerDialog</name>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="51"/>
        <source>Bind to…</source>
        <translation>Binden an…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="59"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="62"/>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="74"/>
        <source>Twin:</source>
        <translation>Zwilling:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="82"/>
        <source>Binds to:</source>
        <translation>Bindet an:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="89"/>
        <source>Unit conversion:</source>
        <translation>Einheitenumrechnung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="102"/>
        <source>Scale:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="103"/>
        <source>Offset:</source>
        <translation>Versatz:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="105"/>
        <source>Bind every twin of this model: one topic level is the twin id</source>
        <translation>Jeden Zwilling dieses Modells binden: eine Topic-Ebene ist die Zwillings-ID</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="111"/>
        <source>Level %1: %2</source>
        <translation>Ebene %1: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="115"/>
        <source>Twin id at:</source>
        <translation>Zwillings-ID auf:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="118"/>
        <source>Topic filter:</source>
        <translation>Topic-Filter:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="122"/>
        <source>Twins:</source>
        <translation>Zwillinge:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="126"/>
        <source>Bound value:</source>
        <translation>Gebundener Wert:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="133"/>
        <source>Bind</source>
        <translation>Binden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="202"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="202"/>
        <source>(the whole payload)</source>
        <translation>(die ganze Nutzlast)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="203"/>
        <source>(not in the last payload)</source>
        <translation>(nicht in der letzten Nutzlast)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="220"/>
        <source>%1 twins of %2 (%3 seen on the broker): %4</source>
        <translation>%1 Zwillinge von %2 (%3 auf dem Broker gesehen): %4</translation>
    </message>
</context>
<context>
    <name>twin::ui::BindingsDialog</name>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="21"/>
        <source>Telemetry Bindings</source>
        <translation>Telemetrie-Bindungen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="34"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="40"/>
        <source>Bindings marked in red no longer fit their twin or schema; they are kept until you fix or delete them.</source>
        <translation>Rot markierte Bindungen passen nicht mehr zu ihrem Zwilling oder Schema; sie bleiben, bis Sie sie korrigieren oder löschen.</translation>
    </message>
</context>
<context>
    <name>twin::ui::BuildingView3D</name>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="47"/>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="48"/>
        <source>Show the whole building (F)</source>
        <translation>Das ganze Gebäude zeigen (F)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="49"/>
        <source>Focus Selection</source>
        <translation>Auswahl fokussieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="51"/>
        <source>Move the camera to the current twin</source>
        <translation>Die Kamera zum aktuellen Zwilling bewegen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="55"/>
        <source>Which floors are shown</source>
        <translation>Welche Geschosse gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="57"/>
        <source> Explode </source>
        <translation> Auseinanderziehen </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="62"/>
        <source>Spread the floors apart</source>
        <translation>Die Geschosse auseinanderziehen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="71"/>
        <source>No floor yet: File → New (Ctrl+N) starts a building with its ground floor, Plan → Add Floor… adds one. The rooms drawn on the plan appear here in 3D.</source>
        <translation>Noch kein Geschoss: Datei → Neu (Strg+N) legt ein Gebäude mit seinem Erdgeschoss an, Grundriss → Geschoss hinzufügen… fügt eines hinzu. Die im Grundriss gezeichneten Räume erscheinen hier in 3D.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="146"/>
        <source>The 3D view needs a display with OpenGL.</source>
        <translation>Die 3D-Ansicht braucht eine Anzeige mit OpenGL.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="219"/>
        <source>All floors</source>
        <translation>Alle Geschosse</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="224"/>
        <source>%1 alone</source>
        <translation>%1 allein</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="225"/>
        <source>%1, floors above see-through</source>
        <translation>%1, Geschosse darüber durchsichtig</translation>
    </message>
</context>
<context>
    <name>twin::ui::CategoriesDialog</name>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="57"/>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="130"/>
        <source>Ontology Categories</source>
        <translation>Ontologie-Kategorien</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="58"/>
        <source>Twins are spaces, devices, sensors or people by the interface their model extends. Each interface below decides the category of itself and of every interface that extends it.</source>
        <translation>Zwillinge sind Räume, Geräte, Sensoren oder Personen je nach der Schnittstelle, die ihr Modell erweitert. Jede Schnittstelle unten bestimmt die Kategorie für sich selbst und für jede Schnittstelle, die sie erweitert.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="76"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="77"/>
        <source>Make another loaded interface decide a category</source>
        <translation>Eine weitere geladene Schnittstelle eine Kategorie bestimmen lassen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="78"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="79"/>
        <source>Let the selected interface follow the interfaces it extends</source>
        <translation>Die gewählte Schnittstelle den Schnittstellen folgen lassen, die sie erweitert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="80"/>
        <source>&amp;Built-in</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="81"/>
        <source>Go back to the built-in map for the core ontology and RealEstateCore</source>
        <translation>Zur eingebauten Zuordnung für die Kernontologie und RealEstateCore zurückkehren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="120"/>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="123"/>
        <source>Add Interface</source>
        <translation>Schnittstelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="120"/>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="123"/>
        <source>%1 is not a loaded interface.</source>
        <translation>%1 ist keine geladene Schnittstelle.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="130"/>
        <source>The categories were not changed: %1</source>
        <translation>Die Kategorien wurden nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::ChartView</name>
    <message>
        <location filename="../app/twinstudio/charts/chartview.cpp" line="98"/>
        <source>(no unit)</source>
        <translation>(ohne Einheit)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartview.cpp" line="125"/>
        <source>Drag twins here from the topology, or choose Chart in their context menu</source>
        <translation>Zwillinge aus der Topologie hierher ziehen oder „Diagramm“ in ihrem Kontextmenü wählen</translation>
    </message>
</context>
<context>
    <name>twin::ui::ChartsTab</name>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="42"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="43"/>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="44"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="45"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="116"/>
        <source>How much time the live chart shows</source>
        <translation>Wie viel Zeit das Live-Diagramm zeigt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="126"/>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="153"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="129"/>
        <source>Stop scrolling to look at the chart; Live follows the newest values again</source>
        <translation>Das Mitlaufen anhalten, um das Diagramm anzusehen; „Live“ folgt wieder den neuesten Werten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="132"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="133"/>
        <source>Chart a twin&apos;s telemetry (or drag twins here from the topology)</source>
        <translation>Die Telemetrie eines Zwillings darstellen (oder Zwillinge aus der Topologie hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="134"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="134"/>
        <source>Remove every series</source>
        <translation>Alle Reihen entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="136"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="137"/>
        <source>Save the recorded values of the visible range, one column per series</source>
        <translation>Die aufgezeichneten Werte des sichtbaren Bereichs speichern, eine Spalte je Reihe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="138"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="139"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="153"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="226"/>
        <source>%1 has no numeric values to chart yet</source>
        <translation>%1 hat noch keine Zahlenwerte zum Darstellen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="334"/>
        <source>There is no history file to read</source>
        <translation>Es gibt keine Verlaufsdatei zum Lesen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="377"/>
        <source>There is no history file to export from</source>
        <translation>Es gibt keine Verlaufsdatei zum Exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="404"/>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="414"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="536"/>
        <source>The project has no sensors to chart</source>
        <translation>Das Projekt hat keine Sensoren zum Darstellen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="540"/>
        <source>Add to Chart</source>
        <translation>Zum Diagramm hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="540"/>
        <source>Sensor:</source>
        <translation>Sensor:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="547"/>
        <source>Export Chart as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="547"/>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="548"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="548"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="552"/>
        <source>Chart saved to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="552"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="557"/>
        <source>Export Chart Values</source>
        <translation>Diagrammwerte exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="558"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="562"/>
        <source>Values saved to %1</source>
        <translation>Werte in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>twin::ui::ColourRulesDialog</name>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="74"/>
        <source>Colour Rules</source>
        <translation>Farbregeln</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="78"/>
        <source>Temperature, AvailableAndFresh, …</source>
        <translation>Temperature, AvailableAndFresh, …</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="79"/>
        <source>Numeric ranges → colours</source>
        <translation>Zahlenbereiche → Farben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="80"/>
        <source>Values → colours</source>
        <translation>Werte → Farben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="140"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="336"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="83"/>
        <source>An empty end is open. Double-click a colour to choose it.</source>
        <translation>Ein leeres Ende ist offen. Doppelklick auf eine Farbe wählt sie.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="86"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="87"/>
        <source>&amp;Delete Rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="88"/>
        <source>Add &amp;Entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="89"/>
        <source>&amp;Remove Entry</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="102"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="103"/>
        <source>&amp;Colours by:</source>
        <translation>&amp;Färbt nach:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="112"/>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="140"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="254"/>
        <source>Entry %1: &quot;%2&quot; is not a colour (#rrggbb).</source>
        <translation>Eintrag %1: „%2“ ist keine Farbe (#rrggbb).</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="259"/>
        <source>Entry %1 has no value.</source>
        <translation>Eintrag %1 hat keinen Wert.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="273"/>
        <source>Entry %1: &quot;%2&quot; is not a number.</source>
        <translation>Eintrag %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="354"/>
        <source>(no entries)</source>
        <translation>(keine Einträge)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="367"/>
        <source>Rule %1 names no value.</source>
        <translation>Regel %1 nennt keinen Wert.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="369"/>
        <source>The rule for %1 has no entries.</source>
        <translation>Die Regel für %1 hat keine Einträge.</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionProfileDialog</name>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="23"/>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="23"/>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="33"/>
        <source>made from the host when empty</source>
        <translation>aus dem Host gebildet, wenn leer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="37"/>
        <source>a new one per connection</source>
        <translation>eine neue je Verbindung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="49"/>
        <source>Persistent session (the broker keeps messages while disconnected)</source>
        <translation>Dauerhafte Sitzung (der Broker hebt Nachrichten auf, solange die Verbindung getrennt ist)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="52"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="79"/>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="53"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="80"/>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="54"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="81"/>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="61"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="64"/>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="71"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="72"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="73"/>
        <source>Broker URL:</source>
        <translation>Broker-URL:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="74"/>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="75"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="76"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="77"/>
        <source>Keep-alive:</source>
        <translation>Keep-Alive:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="79"/>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="80"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="81"/>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="83"/>
        <source>Passwords are not kept in the project: TwinStudio asks for them when connecting and keeps them in the system keychain, or in memory until it quits.</source>
        <translation>Passwörter werden nicht im Projekt gespeichert: TwinStudio fragt beim Verbinden danach und bewahrt sie im Schlüsselbund des Systems auf, oder im Speicher bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="107"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionStatus</name>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="49"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="49"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="53"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="57"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="61"/>
        <source>reconnecting</source>
        <translation>verbinde erneut</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="68"/>
        <source>%1: %2 message(s) received</source>
        <translation>%1: %2 Nachricht(en) empfangen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="70"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionsDialog</name>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="36"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="56"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="57"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="60"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="61"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="102"/>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="106"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="106"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="109"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="112"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="115"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="122"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="159"/>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="174"/>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="186"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTab</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="68"/>
        <source>Add tiles from the toolbar, or drag twins here from the topology.</source>
        <translation>Kacheln über die Werkzeugleiste hinzufügen oder Zwillinge aus der Topologie hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="95"/>
        <source>Add Tile</source>
        <translation>Kachel hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="100"/>
        <source>Add a tile for the selected twin</source>
        <translation>Eine Kachel für den ausgewählten Zwilling hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="167"/>
        <source>Add %1 Tile</source>
        <translation>Kachel „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="193"/>
        <source>Add Tiles for %1</source>
        <translation>Kacheln für %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="226"/>
        <source>Remove Tile</source>
        <translation>Kachel entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="237"/>
        <source>Move Tile</source>
        <translation>Kachel verschieben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="237"/>
        <source>Resize Tile</source>
        <translation>Kachelgröße ändern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="246"/>
        <source>Configure Tile</source>
        <translation>Kachel einrichten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="289"/>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="391"/>
        <source>Rooms by %1</source>
        <translation>Räume nach %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="396"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="397"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTile</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="135"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="137"/>
        <source>Gauge</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="139"/>
        <source>Sparkline</source>
        <translation>Verlaufslinie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="141"/>
        <source>Room List</source>
        <translation>Raumliste</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="143"/>
        <source>Open Alerts</source>
        <translation>Offene Alarme</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTileDialog</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="35"/>
        <source>Dashboard Tile</source>
        <translation>Dashboard-Kachel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="42"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="44"/>
        <source>made from the twin and the value</source>
        <translation>aus Zwilling und Wert gebildet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="45"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="50"/>
        <source>Twin:</source>
        <translation>Zwilling:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="52"/>
        <source>a telemetry name or a type such as Temperature</source>
        <translation>ein Telemetriename oder ein Typ wie Temperature</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="53"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="55"/>
        <source>Latest value of the twin</source>
        <translation>Neuester Wert des Zwillings</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="56"/>
        <source>Mean of the sensors below</source>
        <translation>Mittelwert der Sensoren darunter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="57"/>
        <source>Minimum of the sensors below</source>
        <translation>Minimum der Sensoren darunter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="58"/>
        <source>Maximum of the sensors below</source>
        <translation>Maximum der Sensoren darunter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="60"/>
        <source>Aggregate:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="67"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="68"/>
        <source>Warning at:</source>
        <translation>Warnung ab:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="70"/>
        <source>none; below the warning when low values are bad</source>
        <translation>keiner; unter der Warnung, wenn niedrige Werte schlecht sind</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="71"/>
        <source>Alarm at:</source>
        <translation>Alarm ab:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="73"/>
        <source>Gauge minimum:</source>
        <translation>Minimum der Anzeige:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="75"/>
        <source>Gauge maximum:</source>
        <translation>Maximum der Anzeige:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="76"/>
        <source>Lowest first</source>
        <translation>Niedrigste zuerst</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="78"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="82"/>
        <source>Rooms shown:</source>
        <translation>Angezeigte Räume:</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTileWidget</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="49"/>
        <source>Drag to move; right-click to configure, resize or remove</source>
        <translation>Ziehen zum Verschieben; Rechtsklick zum Einrichten, Ändern der Größe oder Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="55"/>
        <source>Configure…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="59"/>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="60"/>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="61"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="63"/>
        <source>Wider</source>
        <translation>Breiter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="64"/>
        <source>Narrower</source>
        <translation>Schmaler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="65"/>
        <source>Taller</source>
        <translation>Höher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="66"/>
        <source>Shorter</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="70"/>
        <source>Remove Tile</source>
        <translation>Kachel entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="133"/>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="292"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="135"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="136"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="137"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="139"/>
        <source>%1 of %n sensors, %2</source>
        <translation>
            <numerusform>%1 von %n Sensor, %2</numerusform>
            <numerusform>%1 von %n Sensoren, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="334"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="334"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="334"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionCodeEditor</name>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="235"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="235"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="285"/>
        <source>Breakpoint Condition</source>
        <translation>Haltepunkt-Bedingung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="286"/>
        <source>Pause at line %1 when (a JavaScript expression, empty: always):</source>
        <translation>In Zeile %1 anhalten, wenn (ein JavaScript-Ausdruck, leer: immer):</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionDebugPanel</name>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="23"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="24"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="25"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="30"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="33"/>
        <source>Run to the next statement</source>
        <translation>Bis zur nächsten Anweisung ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="34"/>
        <source>Run to the next breakpoint or the end</source>
        <translation>Bis zum nächsten Haltepunkt oder zum Ende ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="35"/>
        <source>End the debug run</source>
        <translation>Den Debug-Lauf beenden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="36"/>
        <source>Click the margin left of a line for a breakpoint, Shift+click for one with a condition, then debug a value or recorded history.</source>
        <translation>Links neben eine Zeile klicken setzt einen Haltepunkt, Umschalt+Klick einen mit Bedingung; dann einen Wert oder aufgezeichneten Verlauf debuggen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="40"/>
        <source>the triggering message&apos;s payload</source>
        <translation>die Nutzdaten der auslösenden Nachricht</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="41"/>
        <source>Edit the payload of the message being processed; Step or Continue goes on with it</source>
        <translation>Nutzdaten der verarbeiteten Nachricht bearbeiten; Schritt oder Fortsetzen macht damit weiter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="53"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="69"/>
        <source>The run finished.</source>
        <translation>Der Lauf ist beendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="101"/>
        <source>Running over %n message(s)…</source>
        <translation>
            <numerusform>Läuft über %n Nachricht…</numerusform>
            <numerusform>Läuft über %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="110"/>
        <source>Paused at line %1, message of %2: %3</source>
        <translation>Angehalten in Zeile %1, Nachricht von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="129"/>
        <source>The edited message cannot be used: %1</source>
        <translation>Die bearbeitete Nachricht kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionFindBar</name>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="22"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="27"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="30"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="31"/>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="32"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="33"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="34"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="102"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="126"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionListModel</name>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="99"/>
        <source>whole project</source>
        <translation>ganzes Projekt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="103"/>
        <source>every sensor</source>
        <translation>jeder Sensor</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="106"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="106"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="121"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="122"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="123"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="124"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="125"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="126"/>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="127"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="128"/>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="129"/>
        <source>p99 time</source>
        <translation>p99-Zeit</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="130"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionSettingsPanel</name>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="39"/>
        <source>Selected in Topology</source>
        <translation>In der Topologie ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="40"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="49"/>
        <source>The twin whose subtree the function runs for; type to filter the list</source>
        <translation>Der Zwilling, für dessen Teilbaum die Funktion läuft; Tippen filtert die Liste</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="50"/>
        <source>the whole project</source>
        <translation>das ganze Projekt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="53"/>
        <source>Assign the function to the twin selected in the topology tree</source>
        <translation>Die Funktion dem im Topologiebaum ausgewählten Zwilling zuweisen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="59"/>
        <source>The function runs for a sensor when all conditions of any of its matchers hold</source>
        <translation>Die Funktion läuft für einen Sensor, wenn alle Bedingungen eines ihrer Matcher gelten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="61"/>
        <source>Add Matcher</source>
        <translation>Matcher hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="62"/>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="63"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="69"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="75"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="157"/>
        <source>Whether the function runs live</source>
        <translation>Ob die Funktion live läuft</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="158"/>
        <source>Disabled by the runtime: %1</source>
        <translation>Von der Laufzeit deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="162"/>
        <source>Matcher %1</source>
        <translation>Matcher %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="166"/>
        <source>(every sensor)</source>
        <translation>(jeder Sensor)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="181"/>
        <source>Sensor: the sensor; SensorDevice: its device; SensorSpace: its space</source>
        <translation>Sensor: der Sensor; SensorDevice: sein Gerät; SensorSpace: sein Raum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="187"/>
        <source>A JSON path into the target&apos;s metadata and properties</source>
        <translation>Ein JSON-Pfad in die Metadaten und Eigenschaften des Ziels</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="196"/>
        <source>The value compared with; the list holds the project&apos;s data types</source>
        <translation>Der Vergleichswert; die Liste enthält die Datentypen des Projekts</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="284"/>
        <source>There is no twin &apos;%1&apos;</source>
        <translation>Es gibt keinen Zwilling „%1“</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsDock</name>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="15"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="31"/>
        <source>&amp;New Function</source>
        <translation>&amp;Neue Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="33"/>
        <source>Write a user-defined function for this project</source>
        <translation>Eine benutzerdefinierte Funktion für dieses Projekt schreiben</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsView</name>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="147"/>
        <source>New Function…</source>
        <translation>Neue Funktion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="150"/>
        <source>Write a new function: its name, the sensors it runs for and its space</source>
        <translation>Eine neue Funktion schreiben: ihr Name, die Sensoren, für die sie läuft, und ihr Bereich</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="151"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="425"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="431"/>
        <source>Delete Function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="154"/>
        <source>Remove the function from the project (one undo step)</source>
        <translation>Die Funktion aus dem Projekt entfernen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="156"/>
        <source>Save Function</source>
        <translation>Funktion speichern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="158"/>
        <source>Store the edited source in the project (one undo step)</source>
        <translation>Den bearbeiteten Quelltext im Projekt speichern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="159"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="161"/>
        <source>Run Tests</source>
        <translation>Tests ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="162"/>
        <source>Run the function&apos;s test cases on the edited source</source>
        <translation>Die Testfälle der Funktion mit dem bearbeiteten Quelltext ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="163"/>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="166"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="190"/>
        <source>Dry run:</source>
        <translation>Probelauf:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="192"/>
        <source>payload, e.g. {&quot;SensorValue&quot;: 21.5}</source>
        <translation>Nutzdaten, z. B. {&quot;SensorValue&quot;: 21.5}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="194"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="202"/>
        <source>Debug</source>
        <translation>Debuggen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="203"/>
        <source>Run the value through the edited text, stopping at its breakpoints</source>
        <translation>Den Wert durch den bearbeiteten Text laufen lassen und an seinen Haltepunkten anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="223"/>
        <source>Recorded history from</source>
        <translation>Aufgezeichneter Verlauf von</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="225"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="228"/>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="234"/>
        <source>the function&apos;s twins</source>
        <translation>die Zwillinge der Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="235"/>
        <source>The twin whose subtree&apos;s readings are run (a sensor: its own); empty: the function&apos;s assigned twin</source>
        <translation>Der Zwilling, dessen Teilbaum-Messwerte durchlaufen werden (ein Sensor: seine eigenen); leer: der der Funktion zugewiesene Zwilling</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="240"/>
        <source>Debug History</source>
        <translation>Verlauf debuggen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="241"/>
        <source>Run the readings recorded for the function&apos;s twins through the edited text, stopping at its breakpoints</source>
        <translation>Die für die Zwillinge der Funktion aufgezeichneten Messwerte durch den bearbeiteten Text laufen lassen und an seinen Haltepunkten anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="213"/>
        <source>or the last</source>
        <translation>oder die letzten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="217"/>
        <source>Live Messages</source>
        <translation>Live-Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="219"/>
        <source>Run the latest live messages of the function&apos;s sensors through the edited text, stopping at its breakpoints</source>
        <translation>Die letzten Live-Nachrichten der Sensoren der Funktion durch den bearbeiteten Text laufen lassen und an seinen Haltepunkten anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="267"/>
        <source>Previous Call</source>
        <translation>Vorheriger Aufruf</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="270"/>
        <source>Step back through the trace to the previous call (F7)</source>
        <translation>Im Ablauf zum vorherigen Aufruf zurückgehen (F7)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="271"/>
        <source>Next Call</source>
        <translation>Nächster Aufruf</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="274"/>
        <source>Step forward through the trace to the next call (F8)</source>
        <translation>Im Ablauf zum nächsten Aufruf vorgehen (F8)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="281"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="588"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="282"/>
        <source>Trace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="283"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="284"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="285"/>
        <source>Matchers and Assignment</source>
        <translation>Matcher und Zuweisung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="380"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="392"/>
        <source>Unsaved Function</source>
        <translation>Ungespeicherte Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="381"/>
        <source>The function %1 has changes that are not saved. Save them?</source>
        <translation>Die Funktion %1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="412"/>
        <source>New Function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="412"/>
        <source>Cannot add function %1: %2</source>
        <translation>Funktion %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="426"/>
        <source>Delete function %1 from the project? Edit → Undo brings it back.</source>
        <translation>Funktion %1 aus dem Projekt löschen? Bearbeiten → Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="431"/>
        <source>Cannot delete function %1: %2</source>
        <translation>Funktion %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="530"/>
        <source>No functions yet: New Function… makes one from a sensor type and the space it watches. While live it runs on every matching reading.</source>
        <translation>Noch keine Funktionen: Neue Funktion… erstellt eine aus einem Sensortyp und dem Raum, den sie beobachtet. Im Live-Betrieb läuft sie bei jedem passenden Messwert.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="532"/>
        <source>Pick a function in the list to edit it, or New Function… to make another.</source>
        <translation>Eine Funktion in der Liste wählen, um sie zu bearbeiten, oder mit Neue Funktion… eine weitere erstellen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="534"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="544"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="644"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="674"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="710"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="726"/>
        <source>No function selected</source>
        <translation>Keine Funktion ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="535"/>
        <source>%1.js (unsaved changes)</source>
        <translation>%1.js (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="536"/>
        <source>%1.js</source>
        <translation>%1.js</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="575"/>
        <source>%n failure(s) in the live run, the last: %1</source>
        <translation>
            <numerusform>%n Fehlschlag im Live-Lauf, der letzte: %1</numerusform>
            <numerusform>%n Fehlschläge im Live-Lauf, der letzte: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="585"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="585"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="588"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="602"/>
        <source>PASS %1</source>
        <translation>BESTANDEN %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="606"/>
        <source>FAIL %1</source>
        <translation>FEHLGESCHLAGEN %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="611"/>
        <source>The function has no test cases.</source>
        <translation>Die Funktion hat keine Testfälle.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="621"/>
        <source>Type the reading to run in the payload field, e.g. {&quot;SensorValue&quot;: 21.5}</source>
        <translation>Den Messwert zum Ausführen ins Nutzdatenfeld eingeben, z. B. {&quot;SensorValue&quot;: 21.5}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="708"/>
        <source>The project is not saved, so it has no recorded history</source>
        <translation>Das Projekt ist nicht gespeichert und hat daher keinen aufgezeichneten Verlauf</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="714"/>
        <source>Nothing was recorded in that time</source>
        <translation>In diesem Zeitraum wurde nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="728"/>
        <source>No live session keeps messages here</source>
        <translation>Keine Live-Sitzung hält hier Nachrichten fest</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="735"/>
        <source>No live message of the function&apos;s sensors yet: start Live first</source>
        <translation>Noch keine Live-Nachricht der Sensoren der Funktion: zuerst Live starten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="768"/>
        <source>log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="770"/>
        <source>would set %1.%2 = %3</source>
        <translation>würde %1.%2 = %3 setzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="772"/>
        <source>would notify %1 %2: %3</source>
        <translation>würde %1 %2 benachrichtigen: %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="774"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="775"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>twin::ui::HistoryLocationDialog</name>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="20"/>
        <source>Shared History</source>
        <translation>Gemeinsame Historie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="22"/>
        <source>Where charts, the time cursor and functions read this project&apos;s history, and where a live run records it. Leave empty for the file beside the project, give another file, or a shared history that recorders fill: postgresql://user@host:port/database. The password comes from PGPASSWORD, PGPASSFILE or ~/.pgpass, never from the project.</source>
        <translation>Wo Diagramme, der Zeitcursor und Funktionen die Historie dieses Projekts lesen und wo ein Live-Lauf sie aufzeichnet. Leer lassen für die Datei neben dem Projekt, eine andere Datei angeben oder eine gemeinsame Historie, die Recorder füllen: postgresql://benutzer@host:port/datenbank. Das Passwort kommt aus PGPASSWORD, PGPASSFILE oder ~/.pgpass, nie aus dem Projekt.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="31"/>
        <source>The file beside the project</source>
        <translation>Die Datei neben dem Projekt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="47"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorActions</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="35"/>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="98"/>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="36"/>
        <source>Remove Entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="37"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="38"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="39"/>
        <source>Edit as JSON…</source>
        <translation>Als JSON bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="42"/>
        <source>Add an entry to the map or an element to the array</source>
        <translation>Der Map einen Eintrag oder dem Array ein Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="99"/>
        <source>Key of the new entry of %1:</source>
        <translation>Schlüssel des neuen Eintrags von %1:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="136"/>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="137"/>
        <source>Value of %1 as JSON:</source>
        <translation>Wert von %1 als JSON:</translation>
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
        <translation>JSON, z. B. {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="214"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorDock</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="28"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="33"/>
        <source>Add Relationship…</source>
        <translation>Beziehung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="34"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="80"/>
        <source>Add a relationship the twin&apos;s model allows</source>
        <translation>Eine Beziehung hinzufügen, die das Modell des Zwillings erlaubt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="82"/>
        <source>Remove the selected relationship</source>
        <translation>Die ausgewählte Beziehung entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="127"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="129"/>
        <source>Show this telemetry on the chart</source>
        <translation>Diese Telemetrie im Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="175"/>
        <source>Select a twin in the topology or on the plan to see its properties.</source>
        <translation>Wählen Sie einen Zwilling in der Topologie oder im Plan, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="201"/>
        <source>Cannot add the relationship: %1</source>
        <translation>Die Beziehung kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="210"/>
        <source>Cannot remove the relationship: %1</source>
        <translation>Die Beziehung kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InterchangeActions</name>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="72"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>All topology files</source>
        <translation type="vanished">Alle Topologiedateien</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="138"/>
        <source>Import Topology</source>
        <translation>Topologie importieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="157"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="181"/>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="300"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="182"/>
        <source>Nothing was imported from %1: it has %n problem(s).</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: Die Datei hat %n Problem.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: Die Datei hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124"/>
        <source>All topology files (%1)</source>
        <translation>Alle Topologiedateien (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="251"/>
        <source>Export Topology</source>
        <translation>Topologie exportieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="191"/>
        <source>Models Differ</source>
        <translation>Modelle unterscheiden sich</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="192"/>
        <source>%1 defines %n model(s) that the project already has with another definition.</source>
        <translation>
            <numerusform>%1 definiert %n Modell, das das Projekt bereits mit einer anderen Definition hat.</numerusform>
            <numerusform>%1 definiert %n Modelle, die das Projekt bereits mit einer anderen Definition hat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="265"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="197"/>
        <source>Keep the project&apos;s definitions, or replace them with the file&apos;s?</source>
        <translation>Die Definitionen des Projekts behalten oder durch die der Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="270"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="270"/>
        <source>%1 could not be written:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="199"/>
        <source>&amp;Keep the Project&apos;s</source>
        <translation>Die des Projekts &amp;behalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="201"/>
        <source>&amp;Replace with the File&apos;s</source>
        <translation>Durch die der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="280"/>
        <source>Import Ontology Folder</source>
        <translation>Ontologie-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="285"/>
        <source>Import Ontology Files</source>
        <translation>Ontologie-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="286"/>
        <source>DTDL files (*.json)</source>
        <translation>DTDL-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="215"/>
        <source>Import What Is Valid?</source>
        <translation>Gültiges importieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="216"/>
        <source>%1 has %n problem(s), so it cannot be imported whole.</source>
        <translation>
            <numerusform>%1 hat %n Problem und kann daher nicht vollständig importiert werden.</numerusform>
            <numerusform>%1 hat %n Probleme und kann daher nicht vollständig importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="219"/>
        <source>Import every valid twin and relationship and leave the others out?</source>
        <translation>Alle gültigen Zwillinge und Beziehungen importieren und die anderen auslassen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="221"/>
        <source>&amp;Import What Is Valid</source>
        <translation>Gültiges &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="301"/>
        <source>No interface was loaded: the ontology has %n problem(s).</source>
        <translation>
            <numerusform>Es wurde keine Schnittstelle geladen: Die Ontologie hat %n Problem.</numerusform>
            <numerusform>Es wurde keine Schnittstelle geladen: Die Ontologie hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="307"/>
        <source>Loaded %n interface(s)</source>
        <translation>
            <numerusform>%n Schnittstelle geladen</numerusform>
            <numerusform>%n Schnittstellen geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="238"/>
        <source>Imported with Omissions</source>
        <translation>Mit Auslassungen importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="239"/>
        <source>%1 was imported; %n twin(s) or relationship(s) were left out.</source>
        <translation>
            <numerusform>%1 wurde importiert; %n Zwilling oder Beziehung wurde ausgelassen.</numerusform>
            <numerusform>%1 wurde importiert; %n Zwillinge oder Beziehungen wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::LanguageMenu</name>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="20"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="26"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="35"/>
        <source>Takes effect when TwinStudio starts next</source>
        <translation>Wirkt beim nächsten Start von TwinStudio</translation>
    </message>
</context>
<context>
    <name>twin::ui::LiveControls</name>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="59"/>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="60"/>
        <source>&amp;Connect to Broker…</source>
        <translation>Mit &amp;Broker verbinden…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="62"/>
        <source>Receive live telemetry from an MQTT broker</source>
        <translation>Live-Telemetrie von einem MQTT-Broker empfangen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="64"/>
        <source>Run &amp;Simulator</source>
        <translation>&amp;Simulator starten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="65"/>
        <source>Simulated telemetry for every sensor of the project, without a broker</source>
        <translation>Simulierte Telemetrie für jeden Sensor des Projekts, ohne Broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="66"/>
        <source>Connect &amp;Project Connections</source>
        <translation>&amp;Projektverbindungen verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="72"/>
        <source>Connect to every broker of the project&apos;s connections at once</source>
        <translation>Mit allen Brokern der Projektverbindungen zugleich verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="73"/>
        <source>C&amp;onnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="75"/>
        <source>The project&apos;s brokers: add, edit, connect and disconnect each one</source>
        <translation>Die Broker des Projekts: jeden hinzufügen, bearbeiten, verbinden und trennen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="76"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="79"/>
        <source>&amp;Record to File…</source>
        <translation>In Datei &amp;aufzeichnen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="81"/>
        <source>Write every raw message of this session to a capture file, for replay</source>
        <translation>Jede Rohnachricht dieser Sitzung in eine Aufzeichnungsdatei schreiben, zum späteren Abspielen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="83"/>
        <source>Re&amp;play Capture…</source>
        <translation>Aufzeichnung &amp;abspielen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="85"/>
        <source>Feed a recorded capture through the pipeline and the functions, at its pace or faster</source>
        <translation>Eine Aufzeichnung durch die Pipeline und die Funktionen schicken, in ihrem Tempo oder schneller</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="87"/>
        <source>&amp;Trust Project Functions</source>
        <translation>Projekt&amp;funktionen vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="88"/>
        <source>Run the functions of this project, which comes from another source</source>
        <translation>Die Funktionen dieses Projekts ausführen, das aus einer anderen Quelle stammt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="94"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="418"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="111"/>
        <source>Function %1 was disabled: %2</source>
        <translation>Funktion %1 wurde deaktiviert: %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="136"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="248"/>
        <source>The system keychain did not take the password (%1): it is kept until TwinStudio quits.</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort nicht angenommen (%1): Es wird bis zum Beenden von TwinStudio behalten.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="142"/>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="155"/>
        <source>Passphrase of the key %1:</source>
        <translation>Passphrase des Schlüssels %1:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="270"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="283"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="301"/>
        <source>Record to File</source>
        <translation>In Datei aufzeichnen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="270"/>
        <source>Cannot record to %1:
%2</source>
        <translation>Aufzeichnen in %1 nicht möglich:
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="392"/>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="146"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="251"/>
        <source>Password for %1 at %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="305"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="315"/>
        <source>Captures (*.capture);;All files (*)</source>
        <translation>Aufzeichnungen (*.capture);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="313"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="323"/>
        <source>Replay Capture</source>
        <translation>Aufzeichnung abspielen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>At the recorded pace</source>
        <translation>Im aufgezeichneten Tempo</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>10× faster</source>
        <translation>10× schneller</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>100× faster</source>
        <translation>100× schneller</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>1000× faster</source>
        <translation>1000× schneller</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="320"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="323"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="251"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="335"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="342"/>
        <source>Connect to Broker</source>
        <translation>Mit Broker verbinden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="284"/>
        <source>The recording %1 is incomplete:
%2</source>
        <translation>Die Aufzeichnung %1 ist unvollständig:
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="336"/>
        <source>Broker URL (mqtt://host:port or mqtts://host:port):</source>
        <translation>Broker-URL (mqtt://host:port oder mqtts://host:port):</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="343"/>
        <source>“%1” is not a broker URL. Write it as mqtt://host:port, or mqtts://host:port for TLS.</source>
        <translation>„%1“ ist keine Broker-URL. Schreiben Sie sie als mqtt://host:port oder, für TLS, als mqtts://host:port.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="357"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="361"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="369"/>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="374"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="380"/>
        <source>%1 · %n outage(s), %2 s without broker</source>
        <translation>
            <numerusform>%1 · %n Ausfall, %2 s ohne Broker</numerusform>
            <numerusform>%1 · %n Ausfälle, %2 s ohne Broker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="386"/>
        <source>Not connected to an MQTT broker</source>
        <translation>Nicht mit einem MQTT-Broker verbunden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="388"/>
        <source>Source: the built-in simulator</source>
        <translation>Quelle: der eingebaute Simulator</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="390"/>
        <source>Replaying the capture %1</source>
        <translation>Aufzeichnung %1 wird abgespielt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="394"/>
        <source>Broker: %1</source>
        <translation>Broker: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="396"/>
        <source>Connection lost %n time(s), %1 s without broker in all; %2 messages sent again were stored once</source>
        <translation>
            <numerusform>Verbindung %n-mal verloren, insgesamt %1 s ohne Broker; %2 erneut gesendete Nachrichten wurden einmal gespeichert</numerusform>
            <numerusform>Verbindung %n-mal verloren, insgesamt %1 s ohne Broker; %2 erneut gesendete Nachrichten wurden einmal gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="402"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="420"/>
        <source>Messages per second over the last second
received %1, malformed %2, unbound %3, dropped %4
function invocations %5, failed %6, notifications %7</source>
        <translation>Nachrichten pro Sekunde in der letzten Sekunde
empfangen %1, fehlerhaft %2, ungebunden %3, verworfen %4
Funktionsaufrufe %5, fehlgeschlagen %6, Benachrichtigungen %7</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="432"/>
        <source>REC %1</source>
        <translation>AUFN. %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="433"/>
        <source>Recording the raw messages of this session to a capture file</source>
        <translation>Die Rohnachrichten dieser Sitzung werden in eine Aufzeichnungsdatei geschrieben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="445"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="450"/>
        <source>This project contains functions from another source. Trust and run them?</source>
        <translation>Dieses Projekt enthält Funktionen aus einer anderen Quelle. Vertrauen und ausführen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="454"/>
        <source>Trust and Run</source>
        <translation>Vertrauen und ausführen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="456"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="467"/>
        <source>Trust Project Functions</source>
        <translation>Projektfunktionen vertrauen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="468"/>
        <source>The trust could not be remembered: %1</source>
        <translation>Das Vertrauen konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::MainWindow</name>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="90"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="110"/>
        <source>Plan</source>
        <translation>Grundriss</translation>
    </message>
    <message>
        <source>3D view of the building</source>
        <translation type="vanished">3D-Ansicht des Gebäudes</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="112"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Charts of live telemetry</source>
        <translation type="vanished">Diagramme der Live-Telemetrie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="168"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="117"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>User-defined functions</source>
        <translation type="vanished">Benutzerdefinierte Funktionen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="135"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="221"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="224"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="227"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="230"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="233"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="239"/>
        <source>&amp;Import Topology…</source>
        <translation>Topologie &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="241"/>
        <source>Add twins, relationships and models from an Azure Digital Twins, ADT Explorer or TwinStudio file, as one undoable step</source>
        <translation>Zwillinge, Beziehungen und Modelle aus einer Azure-Digital-Twins-, ADT-Explorer- oder TwinStudio-Datei hinzufügen, als ein rückgängig machbarer Schritt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="243"/>
        <source>&amp;Export Topology…</source>
        <translation>Topologie &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="252"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="255"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="245"/>
        <source>Import &amp;Ontology</source>
        <translation>&amp;Ontologie importieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="247"/>
        <source>DTDL &amp;Files…</source>
        <translation>DTDL-&amp;Dateien…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="248"/>
        <source>Load DTDL interfaces from JSON files, as one undoable step</source>
        <translation>DTDL-Schnittstellen aus JSON-Dateien laden, als ein rückgängig machbarer Schritt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="259"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="249"/>
        <source>DTDL F&amp;older…</source>
        <translation>DTDL-&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="250"/>
        <source>Load every DTDL file in a folder and its subfolders (e.g. RealEstateCore)</source>
        <translation>Jede DTDL-Datei in einem Ordner und seinen Unterordnern laden (z. B. RealEstateCore)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="276"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="298"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="311"/>
        <source>&amp;About TwinStudio</source>
        <translation>Ü&amp;ber TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="312"/>
        <source>About TwinStudio</source>
        <translation>Über TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="313"/>
        <source>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Design and monitor digital twins of buildings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Digitale Zwillinge von Gebäuden entwerfen und überwachen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="267"/>
        <source>Ontology &amp;Categories…</source>
        <translation>Ontologie-&amp;Kategorien…</translation>
    </message>
    <message>
        <source>The 3D view will show the building floor by floor, with its rooms coloured by live values.</source>
        <translation type="vanished">Die 3D-Ansicht wird das Gebäude Geschoss für Geschoss zeigen, die Räume nach Live-Werten eingefärbt.</translation>
    </message>
    <message>
        <source>Charts will plot the live and recorded telemetry of the selected twins.</source>
        <translation type="vanished">Diagramme werden die Live- und aufgezeichnete Telemetrie der ausgewählten Zwillinge zeichnen.</translation>
    </message>
    <message>
        <source>The dashboard will gather gauges, charts and alerts of the site on one page.</source>
        <translation type="vanished">Das Dashboard wird Anzeigen, Diagramme und Alarme des Standorts auf einer Seite sammeln.</translation>
    </message>
    <message>
        <source>The function editor will write, test and debug user-defined functions.</source>
        <translation type="vanished">Der Funktionseditor wird benutzerdefinierte Funktionen schreiben, testen und debuggen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="268"/>
        <source>Choose which interfaces make twins spaces, devices, sensors or people</source>
        <translation>Wählen, welche Schnittstellen Zwillinge zu Räumen, Geräten, Sensoren oder Personen machen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="269"/>
        <source>Telemetry &amp;Bindings…</source>
        <translation>Telemetrie-&amp;Bindungen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="270"/>
        <source>List, edit and delete the bindings of topics and payload fields to twins</source>
        <translation>Bindungen von Topics und Nutzlastfeldern an Zwillinge auflisten, bearbeiten und löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="271"/>
        <source>&amp;Alert Rules…</source>
        <translation>&amp;Alarmregeln…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="274"/>
        <source>Alerts without code: a value above, below or outside a range, or no data, on a twin or a type</source>
        <translation>Alarme ohne Code: ein Wert über, unter oder außerhalb eines Bereichs oder keine Daten, für einen Zwilling oder einen Typ</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="285"/>
        <source>Colour &amp;Rules…</source>
        <translation>Farb&amp;regeln …</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="288"/>
        <source>The rules the plan and the 3D view colour rooms by</source>
        <translation>Die Regeln, nach denen Plan und 3D-Ansicht Räume färben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="293"/>
        <source>The language changes when TwinStudio starts next</source>
        <translation>Die Sprache wechselt beim nächsten Start von TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="299"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="305"/>
        <source>How to use TwinStudio: the user guide and its pages</source>
        <translation>So wird TwinStudio benutzt: das Benutzerhandbuch und seine Seiten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="306"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="307"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="322"/>
        <source>Select and move</source>
        <translation>Auswählen und verschieben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="323"/>
        <source>Rectangle room</source>
        <translation>Rechteckiger Raum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="324"/>
        <source>Polygon room (click the first corner to close)</source>
        <translation>Polygonraum (Klick auf die erste Ecke schließt ihn)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="325"/>
        <source>Wall (double-click ends)</source>
        <translation>Wand (Doppelklick beendet)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="326"/>
        <source>Door (click on a wall)</source>
        <translation>Tür (Klick auf eine Wand)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="327"/>
        <source>Dimension line</source>
        <translation>Maßlinie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="328"/>
        <source>Calibrate the background</source>
        <translation>Den Hintergrund kalibrieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="329"/>
        <source>Flip the selected doors&apos; swing / hinge</source>
        <translation>Aufschlag / Anschlag der ausgewählten Türen umkehren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="330"/>
        <source>Place points without magnetism</source>
        <translation>Punkte ohne Magnetismus setzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="331"/>
        <source>Type the next segment&apos;s length and angle</source>
        <translation>Länge und Winkel des nächsten Abschnitts eingeben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="332"/>
        <source>Zoom to fit the floor</source>
        <translation>Auf das ganze Geschoss zoomen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="333"/>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="337"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="338"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="344"/>
        <source>The user guide is the &quot;Using TwinStudio&quot; section of README.md.</source>
        <translation>Die Anleitung ist der Abschnitt „Using TwinStudio“ der README.md.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="398"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="428"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="429"/>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="454"/>
        <source>Recover Unsaved Changes?</source>
        <translation>Ungesicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="455"/>
        <source>%1 has unsaved changes from %2 that were not saved, probably because TwinStudio stopped unexpectedly. Recover them?</source>
        <translation>%1 hat Änderungen vom %2, die nicht gespeichert wurden, vermutlich weil TwinStudio unerwartet beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="411"/>
        <source>Create Project?</source>
        <translation>Projekt anlegen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="236"/>
        <source>Shared &amp;History…</source>
        <translation>Gemeinsame &amp;Historie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="237"/>
        <source>Read and record the project&apos;s history in another file or a shared PostgreSQL history</source>
        <translation>Die Historie des Projekts in einer anderen Datei oder einer gemeinsamen PostgreSQL-Historie lesen und aufzeichnen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="334"/>
        <source>Play or pause the time cursor</source>
        <translation>Zeitcursor abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="335"/>
        <source>Step the time cursor back / forward</source>
        <translation>Zeitcursor zurück / vor bewegen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="336"/>
        <source>Back to live values</source>
        <translation>Zurück zu den Live-Werten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="412"/>
        <source>%1 does not exist. Create a new project there?</source>
        <translation>%1 existiert nicht. Dort ein neues Projekt anlegen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="462"/>
        <location filename="../app/twinstudio/mainwindow.cpp" line="481"/>
        <source>Recovery Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="475"/>
        <source>Recover Unsaved Project?</source>
        <translation>Ungesichertes Projekt wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="476"/>
        <source>An unsaved project from %1 was left behind when TwinStudio stopped unexpectedly. Recover it?</source>
        <translation>Ein ungesichertes Projekt vom %1 ist übrig geblieben, als TwinStudio unerwartet beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="515"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="531"/>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="532"/>
        <source>%1 could not be saved:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="536"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="545"/>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="546"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Das Projekt hat ungesicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="555"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="557"/>
        <source>%1[*] — TwinStudio</source>
        <translation>%1[*] — TwinStudio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/mainwindow.cpp" line="376"/>
        <source>%n twins selected</source>
        <translation>
            <numerusform>%n Zwilling ausgewählt</numerusform>
            <numerusform>%n Zwillinge ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::NewFunctionDialog</name>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="30"/>
        <source>New Function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="40"/>
        <source>The function&apos;s name, also the name of its file (NAME.js) in exports</source>
        <translation>Der Name der Funktion, auch der Name ihrer Datei (NAME.js) in Exporten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="45"/>
        <source>%1 (%n sensor(s))</source>
        <translation>
            <numerusform>%1 (%n Sensor)</numerusform>
            <numerusform>%1 (%n Sensoren)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="46"/>
        <source>Every sensor</source>
        <translation>Jeder Sensor</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="47"/>
        <source>The function runs for the readings of these sensors (a matcher you can change in Matchers and Assignment)</source>
        <translation>Die Funktion läuft für die Messwerte dieser Sensoren (ein Matcher, den Sie unter „Matcher und Zuweisung“ ändern können)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="68"/>
        <source>The function runs for the sensors of this space and of everything it contains</source>
        <translation>Die Funktion läuft für die Sensoren dieses Bereichs und von allem, was er enthält</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="75"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="76"/>
        <source>Runs for:</source>
        <translation>Läuft für:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="77"/>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="110"/>
        <source>A function needs a name.</source>
        <translation>Eine Funktion braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="112"/>
        <source>A function named &apos;%1&apos; already exists.</source>
        <translation>Eine Funktion namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="114"/>
        <source>A name holds letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only: it is the name of the function&apos;s file.</source>
        <translation>Ein Name enthält nur Buchstaben, Ziffern, „_“, „-“ und „.“: er ist der Name der Datei der Funktion.</translation>
    </message>
</context>
<context>
    <name>twin::ui::NotificationsDock</name>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="41"/>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="222"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications raised by the project&apos;s functions while live</source>
        <translation type="vanished">Benachrichtigungen der Projektfunktionen im Live-Betrieb</translation>
    </message>
    <message>
        <source>Notifications raised by the project&apos;s functions while live; double-click one to show its twin in 3D</source>
        <translation type="vanished">Benachrichtigungen der Funktionen des Projekts im Live-Betrieb; Doppelklick zeigt den Zwilling in 3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="80"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="107"/>
        <source>No notifications yet: they appear here while live (Live → Connect to Broker… or Run Simulator) when an alert rule (Edit → Alert Rules…) or a function raises one.</source>
        <translation>Noch keine Benachrichtigungen: Sie erscheinen hier im Live-Betrieb (Live → Mit Broker verbinden… oder Simulator starten), wenn eine Alarmregel (Bearbeiten → Alarmregeln…) oder eine Funktion eine auslöst.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="222"/>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="65"/>
        <source>Notifications and alerts raised while live; double-click one to show its twin on the plan and in 3D</source>
        <translation>Benachrichtigungen und Alarme des Live-Betriebs; Doppelklick zeigt den Zwilling im Plan und in 3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="73"/>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="75"/>
        <source>Acknowledge the selected alerts with a comment</source>
        <translation>Die ausgewählten Alarme mit einem Kommentar quittieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="77"/>
        <source>Clear Alert</source>
        <translation>Alarm aufheben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="78"/>
        <source>Mark the selected alerts as cleared</source>
        <translation>Die ausgewählten Alarme als aufgehoben markieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="81"/>
        <source>Empty the list (the history file keeps the alerts)</source>
        <translation>Die Liste leeren (die Verlaufsdatei behält die Alarme)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="99"/>
        <source>Alerts not cleared, by severity</source>
        <translation>Nicht aufgehobene Alarme nach Schweregrad</translation>
    </message>
    <message>
        <source>No notifications yet: they appear here while live (Live → Connect to Broker… or --simulate) when an alert rule raises or a twin reports one.</source>
        <translation type="vanished">Noch keine Benachrichtigungen: Sie erscheinen hier im Live-Betrieb (Live → Mit Broker verbinden… oder --simulate), wenn eine Alarmregel auslöst oder ein Zwilling eine meldet.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="122"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="123"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="124"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="125"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="130"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="131"/>
        <source>Not cleared</source>
        <translation>Nicht aufgehoben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="132"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="133"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="134"/>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="139"/>
        <source>Twin</source>
        <translation>Zwilling</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="144"/>
        <source>Search text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="201"/>
        <source>Acknowledge Alerts</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="201"/>
        <source>Comment (kept with the acknowledgement):</source>
        <translation>Kommentar (wird mit der Quittierung gespeichert):</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="224"/>
        <source>Alerts: &lt;span style=&quot;color:#d62728&quot;&gt;%1 critical&lt;/span&gt; · &lt;span style=&quot;color:#c98a00&quot;&gt;%2 warning&lt;/span&gt; · %3 info</source>
        <translation>Alarme: &lt;span style=&quot;color:#d62728&quot;&gt;%1 kritisch&lt;/span&gt; · &lt;span style=&quot;color:#c98a00&quot;&gt;%2 Warnung&lt;/span&gt; · %3 Info</translation>
    </message>
</context>
<context>
    <name>twin::ui::PaletteDock</name>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="18"/>
        <source>Ontology</source>
        <translation>Ontologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="27"/>
        <source>Search types</source>
        <translation>Typen suchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="36"/>
        <source>Drag a device or sensor type onto a room of the plan</source>
        <translation>Einen Geräte- oder Sensortyp auf einen Raum im Grundriss ziehen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="67"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="67"/>
        <source>Add to the Selected Twin</source>
        <translation>Zum ausgewählten Zwilling hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="75"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="75"/>
        <source>Cannot add: %1</source>
        <translation>Kann nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PayloadView</name>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="19"/>
        <source>The last payload; changed values are highlighted. Click a value to pick it, double-click or right-click to bind it to a twin.</source>
        <translation>Die letzte Nutzlast; geänderte Werte sind hervorgehoben. Klicken Sie auf einen Wert, um ihn zu wählen, doppelt oder mit rechts, um ihn an einen Zwilling zu binden.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="96"/>
        <source>Bind to…</source>
        <translation>Binden an…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="99"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanLegend</name>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="34"/>
        <source>&amp;Colour Rooms By</source>
        <translation>Räume &amp;färben nach</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="42"/>
        <source>Colour the rooms of the plan by a live value</source>
        <translation>Räume des Grundrisses nach einem Live-Wert färben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="83"/>
        <source>Colour rooms by the project&apos;s colour rule for %1</source>
        <translation>Räume nach der Farbregel des Projekts für %1 färben</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="117"/>
        <source>Colour rooms by: %1</source>
        <translation>Räume färben nach: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanScene</name>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="152"/>
        <source>Cannot read the background image %1</source>
        <translation>Das Hintergrundbild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="153"/>
        <source>The project&apos;s background image of this floor is missing or damaged</source>
        <translation>Das im Projekt gespeicherte Hintergrundbild dieses Geschosses fehlt oder ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="vanished">
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a sensor onto a device</source>
        <translation type="vanished">Einen Sensor auf ein Gerät ziehen</translation>
    </message>
    <message>
        <source>There is no floor to drop onto</source>
        <translation type="vanished">Es gibt kein Geschoss zum Ablegen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="vanished">%1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no floor shown</source>
        <translation type="vanished">Es wird kein Geschoss angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="vanished">
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="674"/>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="713"/>
        <source>The clipboard holds nothing to paste on the plan</source>
        <translation>Die Zwischenablage enthält nichts, was in den Grundriss eingefügt werden kann</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="718"/>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (%2)</source>
        <translation type="vanished">%1 ist kein Bild, das dieses Programm lesen kann (%2)</translation>
    </message>
    <message>
        <source>This floor has no background image to calibrate</source>
        <translation type="vanished">Dieses Geschoss hat kein Hintergrundbild zum Kalibrieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Calibration needs two different points and a positive distance</source>
        <translation type="vanished">Die Kalibrierung braucht zwei verschiedene Punkte und einen positiven Abstand</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanTool</name>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="125"/>
        <source>Next Segment</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="126"/>
        <source>Length in metres, optionally followed by an angle in degrees (e.g. &quot;4.5&quot; or &quot;3 90&quot;); empty to finish:</source>
        <translation>Länge in Metern, optional gefolgt von einem Winkel in Grad (z. B. „4.5“ oder „3 90“); leer zum Beenden:</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="vanished">Raum %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="239"/>
        <source>Cannot add the room: %1</source>
        <translation>Der Raum kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="246"/>
        <source>Cannot add the wall: %1</source>
        <translation>Die Wand kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Click on a wall to place a door</source>
        <translation type="vanished">Klicken Sie auf eine Wand, um eine Tür zu setzen</translation>
    </message>
    <message>
        <source>A %1 m door does not fit there</source>
        <translation type="vanished">Eine %1 m breite Tür passt dort nicht hin</translation>
    </message>
    <message>
        <source>Cannot add the door: %1</source>
        <translation type="vanished">Die Tür kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="262"/>
        <source>Door Width</source>
        <translation>Türbreite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="262"/>
        <source>Width of the next doors in metres:</source>
        <translation>Breite der nächsten Türen in Metern:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="273"/>
        <source>Wall Thickness</source>
        <translation>Wandstärke</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="274"/>
        <source>Thickness of the next walls in metres:</source>
        <translation>Stärke der nächsten Wände in Metern:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="285"/>
        <source>Cannot add the dimension line: %1</source>
        <translation>Die Maßlinie kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="291"/>
        <source>This floor has no background image to calibrate</source>
        <translation>Dieses Geschoss hat kein Hintergrundbild zum Kalibrieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="296"/>
        <source>Calibrate Background</source>
        <translation>Hintergrund kalibrieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="297"/>
        <source>Real distance between the two points, in metres:</source>
        <translation>Tatsächlicher Abstand der beiden Punkte in Metern:</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanView</name>
    <message>
        <location filename="../app/twinstudio/plan/planitems.cpp" line="108"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planitems.cpp" line="324"/>
        <source>%1, %2 m wide</source>
        <translation>%1, %2 m breit</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planitems.cpp" line="366"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="46"/>
        <source>Floor shown in the plan; the floor below is drawn faded</source>
        <translation>Im Grundriss gezeigtes Geschoss; das Geschoss darunter wird blass gezeichnet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="48"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="52"/>
        <source>Zoom to show the whole floor (F, Ctrl+0)</source>
        <translation>So zoomen, dass das ganze Geschoss sichtbar ist (F, Strg+0)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="56"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="78"/>
        <source>Hold Alt to place points without magnetism</source>
        <translation>Alt gedrückt halten, um Punkte ohne Fangen zu setzen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="84"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="84"/>
        <source>Select and move; drag a rubber band to select several</source>
        <translation>Auswählen und verschieben; mit einem Gummiband mehrere auswählen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="86"/>
        <source>Rectangle room</source>
        <translation>Rechteckiger Raum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="86"/>
        <source>Draw a rectangular room: click two corners or drag</source>
        <translation>Einen rechteckigen Raum zeichnen: zwei Ecken anklicken oder aufziehen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="88"/>
        <source>Polygon room</source>
        <translation>Polygonraum</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="88"/>
        <source>Draw a room corner by corner; double-click or click the first corner to close</source>
        <translation>Einen Raum Ecke für Ecke zeichnen; Doppelklick oder Klick auf die erste Ecke schließt ihn</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="90"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="90"/>
        <source>Draw walls with chained clicks; double-click to finish. Enter types a length</source>
        <translation>Wände mit aufeinanderfolgenden Klicks zeichnen; Doppelklick beendet. Eingabe tippt eine Länge</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="92"/>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="92"/>
        <source>Click on a wall to cut a door; Enter sets the door width</source>
        <translation>Klicken Sie auf eine Wand, um eine Tür einzusetzen; Eingabe legt die Türbreite fest</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="94"/>
        <source>Dimension</source>
        <translation>Bemaßung</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="94"/>
        <source>Draw a dimension line with two clicks</source>
        <translation>Eine Maßlinie mit zwei Klicks zeichnen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="96"/>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="96"/>
        <source>Click two points on the background image, then type their real distance</source>
        <translation>Klicken Sie zwei Punkte im Hintergrundbild an und geben Sie dann ihren tatsächlichen Abstand ein</translation>
    </message>
    <message>
        <source> Alt: no magnetism </source>
        <translation type="vanished"> Alt: kein Fangen </translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="vanished">Hintergrund:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="105"/>
        <source>Opacity of the floor&apos;s background image</source>
        <translation>Deckkraft des Hintergrundbilds des Geschosses</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="117"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="118"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="119"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="121"/>
        <source>&amp;Plan</source>
        <translation>&amp;Grundriss</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="124"/>
        <source>&amp;Background Image…</source>
        <translation>&amp;Hintergrundbild…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="125"/>
        <source>&amp;Calibrate Background…</source>
        <translation>Hintergrund &amp;kalibrieren…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="126"/>
        <source>&amp;Remove Background</source>
        <translation>Hintergrund &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="131"/>
        <source>Background opacity:</source>
        <translation>Deckkraft des Hintergrunds:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="158"/>
        <source>Floor:</source>
        <translation>Geschoss:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="200"/>
        <source>No floor yet: File → New (Ctrl+N) starts a building with its ground floor, Plan → Add Floor… adds one. Then draw rooms with Rectangle room (R) or Polygon room (P).</source>
        <translation>Noch kein Geschoss: Datei → Neu (Strg+N) legt ein Gebäude mit seinem Erdgeschoss an, Grundriss → Geschoss hinzufügen… fügt eines hinzu. Dann Räume zeichnen mit Rechteckiger Raum (R) oder Polygonraum (P).</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="204"/>
        <source>%1 is empty: draw rooms with Rectangle room (R) or Polygon room (P), walls with Wall (W) and doors with Door (D). Plan → Background Image… puts a scanned plan underneath to trace.</source>
        <translation>%1 ist leer: Räume mit Rechteckiger Raum (R) oder Polygonraum (P) zeichnen, Wände mit Wand (W) und Türen mit Tür (D). Plan → Hintergrundbild… legt einen eingescannten Plan zum Nachzeichnen darunter.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="436"/>
        <source>Cannot add the floor: %1</source>
        <translation>Das Geschoss kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="453"/>
        <source>Floor %1</source>
        <translation>Geschoss %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="150"/>
        <source>Flip Door &amp;Swing</source>
        <translation>Türaufschlag &amp;umkehren</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="122"/>
        <source>Add &amp;Floor…</source>
        <translation>&amp;Geschoss hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="151"/>
        <source>Make the selected doors open to the other side of their wall (X)</source>
        <translation>Die gewählten Türen zur anderen Seite ihrer Wand öffnen lassen (X)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="153"/>
        <source>Flip Door &amp;Hinge</source>
        <translation>Türanschlag &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="154"/>
        <source>Hinge the selected doors at the other end of their opening (Shift+X)</source>
        <translation>Die gewählten Türen am anderen Ende ihrer Öffnung anschlagen (Umschalt+X)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="415"/>
        <source>Background Image</source>
        <translation>Hintergrundbild</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="416"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
</context>
<context>
    <name>twin::ui::TimeBar</name>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="47"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="50"/>
        <source>Step back (one step is as many seconds as the speed)</source>
        <translation>Einen Schritt zurück (ein Schritt dauert so viele Sekunden, wie die Geschwindigkeit angibt)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="57"/>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="191"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="60"/>
        <source>Play the past at the chosen speed, or pause</source>
        <translation>Die Vergangenheit mit der gewählten Geschwindigkeit abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="67"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="70"/>
        <source>Step forward</source>
        <translation>Einen Schritt vor</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="76"/>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="184"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="79"/>
        <source>Show live values again</source>
        <translation>Wieder Live-Werte zeigen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="87"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="89"/>
        <source>How fast playing moves through the past</source>
        <translation>Wie schnell das Abspielen durch die Vergangenheit läuft</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="94"/>
        <source>Drag into the past to show every view at that moment from history; the right end is live</source>
        <translation>In die Vergangenheit ziehen, um jede Ansicht zu diesem Zeitpunkt aus dem Verlauf zu zeigen; das rechte Ende ist live</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="191"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="200"/>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
</context>
<context>
    <name>twin::ui::TopicBrowserDock</name>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="41"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="54"/>
        <source>Search topics</source>
        <translation>Topics suchen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="60"/>
        <source>What the browser subscribes to while it is open, besides the bound topics (an MQTT topic filter; # is everything)</source>
        <translation>Was der Browser abonniert, solange er offen ist, außer den gebundenen Topics (ein MQTT-Topic-Filter; # ist alles)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="88"/>
        <source>Bind to…</source>
        <translation>Binden an…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="90"/>
        <source>Bind the picked value to a telemetry or property of the selected twin</source>
        <translation>Den gewählten Wert an eine Telemetrie oder Eigenschaft des ausgewählten Zwillings binden</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="93"/>
        <source>Bindings…</source>
        <translation>Bindungen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="101"/>
        <source>Subscribe:</source>
        <translation>Abonnieren:</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="225"/>
        <source>%1 topics, %2 of them unbound; %3 unbound messages</source>
        <translation>%1 Topics, davon %2 ungebunden; %3 ungebundene Nachrichten</translation>
    </message>
</context>
<context>
    <name>twin::ui::TopologyDock</name>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="33"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="49"/>
        <source>Filter twins by id, name or type</source>
        <translation>Zwillinge nach ID, Name oder Typ filtern</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="51"/>
        <source>Type to list the twins whose id, name or model contains the text</source>
        <translation>Tippen, um die Zwillinge aufzulisten, deren ID, Name oder Modell den Text enthält</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="97"/>
        <source>No twins yet: File → New (Ctrl+N) starts a site with a building, File → Import Topology… (Ctrl+I) reads one.</source>
        <translation>Noch keine Zwillinge: Datei → Neu (Strg+N) legt einen Standort mit einem Gebäude an, Datei → Topologie importieren… (Strg+I) liest eine ein.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="112"/>
        <source>Delete the selected twins with what they contain (Del)</source>
        <translation>Die ausgewählten Zwillinge mit ihrem Inhalt löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="114"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="116"/>
        <source>Show the selected twins&apos; telemetry on the chart</source>
        <translation>Die Telemetrie der ausgewählten Zwillinge im Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="326"/>
        <source>Add &amp;Space</source>
        <translation>&amp;Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="345"/>
        <source>&amp;More Types…</source>
        <translation>&amp;Weitere Typen…</translation>
    </message>
    <message>
        <source>Add &amp;Space…</source>
        <translation type="vanished">&amp;Bereich hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="348"/>
        <source>Add &amp;Other Space…</source>
        <translation>&amp;Anderen Bereich hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Device…</source>
        <translation type="vanished">&amp;Gerät hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Sensor…</source>
        <translation type="vanished">&amp;Sensor hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="vanished">&amp;Person hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/topologydock.cpp" line="355"/>
        <source>Choose among %n type(s), by name or model id</source>
        <translation>
            <numerusform>Aus %n Typ wählen, nach Name oder Modell-ID</numerusform>
            <numerusform>Aus %n Typen wählen, nach Name oder Modell-ID</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="385"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="385"/>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="327"/>
        <source>Add &amp;Device</source>
        <translation>&amp;Gerät hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="328"/>
        <source>Add &amp;Sensor</source>
        <translation>&amp;Sensor hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="329"/>
        <source>Add &amp;Person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="336"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="370"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="370"/>
        <source>Cannot add: %1</source>
        <translation>Kann nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::TypePickerDialog</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="68"/>
        <source>Search %n type(s) by name or model id</source>
        <translation>
            <numerusform>%n Typ nach Name oder Modell-ID durchsuchen</numerusform>
            <numerusform>%n Typen nach Name oder Modell-ID durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="75"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="75"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>twin::ui::UserGuide</name>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="18"/>
        <source>TwinStudio User Guide</source>
        <translation>TwinStudio-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="32"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="33"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>twin::view3d::NotificationBadges</name>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="134"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="136"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="138"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="142"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>twin::view3d::RoomColouring</name>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="156"/>
        <source>Rooms are not coloured by live values.</source>
        <translation>Räume werden nicht nach Live-Werten eingefärbt.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="161"/>
        <source>Grey: no %1 value from the sensors in this room.</source>
        <translation>Grau: kein %1-Wert von den Sensoren in diesem Raum.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="164"/>
        <source>Occupancy: a motion or presence sensor here sees someone.</source>
        <translation>Belegung: ein Bewegungs- oder Präsenzsensor sieht hier jemanden.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="165"/>
        <source>Occupancy: no sensor here sees anyone.</source>
        <translation>Belegung: kein Sensor sieht hier jemanden.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="170"/>
        <source>%1: the mean of this room&apos;s sensors, %2 %3, on the scale from %4 to %5.</source>
        <translation>%1: der Mittelwert der Sensoren dieses Raums, %2 %3, auf der Skala von %4 bis %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="174"/>
        <location filename="../qml/view3d/roomcolouring.cpp" line="197"/>
        <source>Faded: the values are older than %n s.</source>
        <translation>
            <numerusform>Verblasst: die Werte sind älter als %n s.</numerusform>
            <numerusform>Verblasst: die Werte sind älter als %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="183"/>
        <source>Grey: no %1 value for this room.</source>
        <translation>Grau: kein Wert %1 für diesen Raum.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="188"/>
        <source>Grey: the colour rule for %1 has no colour for %2.</source>
        <translation>Grau: die Farbregel für %1 hat keine Farbe für %2.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="189"/>
        <source>Colour rule %1: %2, so %3.</source>
        <translation>Farbregel %1: %2, also %3.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="193"/>
        <source>%1 is a value the project&apos;s functions computed for this room.</source>
        <translation>%1 ist ein Wert, den die Funktionen des Projekts für diesen Raum berechnet haben.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="191"/>
        <source>%1 was computed for this room by the function %2.</source>
        <translation>%1 wurde für diesen Raum von der Funktion %2 berechnet.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="195"/>
        <source>%1 comes from the sensors in this room.</source>
        <translation>%1 stammt von den Sensoren in diesem Raum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="219"/>
        <source>%1: %2 (%n s ago)</source>
        <translation>
            <numerusform>%1: %2 (vor %n s)</numerusform>
            <numerusform>%1: %2 (vor %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="231"/>
        <source>Open notifications: %1, the worst %2</source>
        <translation>Offene Benachrichtigungen: %1, die schwerste %2</translation>
    </message>
</context>
</TS>
