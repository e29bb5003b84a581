<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Legend</name>
    <message>
        <location filename="../qml/views/Legend.qml" line="38"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location filename="../qml/views/Legend.qml" line="43"/>
        <source>stale (faded)</source>
        <translation>périmé (estompé)</translation>
    </message>
</context>
<context>
    <name>RecoveryFailure</name>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="15"/>
        <source>The unsaved project could not be recovered from %1.</source>
        <translation>Le projet non enregistré n’a pas pu être récupéré depuis %1.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="17"/>
        <source>%1 could not be recovered from %2.</source>
        <translation>%1 n’a pas pu être récupéré depuis %2.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/recoveryfailure.cpp" line="28"/>
        <source>%1: no reason was given.</source>
        <translation>%1 : aucune raison n’a été donnée.</translation>
    </message>
</context>
<context>
    <name>twin::AdtNdjsonFormat</name>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="58"/>
        <source>Azure Digital Twins import job (NDJSON)</source>
        <translation>Tâche d’importation Azure Digital Twins (NDJSON)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="63"/>
        <source>Azure Digital Twins import job (*.ndjson *.jsonl *.json)</source>
        <translation>Tâche d’importation Azure Digital Twins (*.ndjson *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="157"/>
        <source>the line is longer than %1 MiB: left out</source>
        <translation>la ligne dépasse %1 Mio : ignorée</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="166"/>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="180"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="191"/>
        <source>unknown section &apos;%1&apos; (expected Header, Models, Twins or Relationships)</source>
        <translation>section « %1 » inconnue (attendu : Header, Models, Twins ou Relationships)</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="193"/>
        <source>section %1 appears twice</source>
        <translation>la section %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="196"/>
        <source>section %1 is out of order: it must come before section %2</source>
        <translation>la section %1 n’est pas à sa place : elle doit précéder la section %2</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="209"/>
        <source>data before the first section marker (e.g. {&quot;Section&quot;: &quot;Twins&quot;})</source>
        <translation>données avant le premier marqueur de section (par ex. {&quot;Section&quot;: &quot;Twins&quot;})</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="216"/>
        <source>the Header section holds one line</source>
        <translation>la section Header contient une seule ligne</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="218"/>
        <source>fileVersion must be a string</source>
        <translation>fileVersion doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="222"/>
        <source>model has no @id</source>
        <translation>le modèle n’a pas d’@id</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="254"/>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <location filename="../plugins/adtndjson/adtndjsonformat.cpp" line="276"/>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>twin::AutosaveManager</name>
    <message>
        <location filename="../models/store/autosavemanager.cpp" line="114"/>
        <source>cannot create the recovery folder %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <location filename="../models/store/autosavemanager.cpp" line="180"/>
        <source>the autosave could not be written</source>
        <translation>l’enregistrement automatique n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>twin::BindingCheck</name>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="49"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="50"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="50"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="112"/>
        <source>%1 takes a number, not %2</source>
        <translation>%1 attend un nombre, pas %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="117"/>
        <source>%1 takes a whole number, not %2</source>
        <translation>%1 attend un nombre entier, pas %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="124"/>
        <location filename="../models/telemetry/bindingcheck.cpp" line="238"/>
        <source>Scale and offset apply to numbers only; %1 is a %2</source>
        <translation>Le facteur et le décalage ne s&apos;appliquent qu&apos;aux nombres ; %1 est de type %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="133"/>
        <source>%1 takes true or false, not %2</source>
        <translation>%1 attend true ou false, pas %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="145"/>
        <source>%1 takes one of %2, not %3</source>
        <translation>%1 attend l&apos;une des valeurs %2, pas %3</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="152"/>
        <source>%1 takes text, not %2</source>
        <translation>%1 attend du texte, pas %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="204"/>
        <source>The topic &apos;%1&apos; is not a valid MQTT topic filter</source>
        <translation>Le topic « %1 » n&apos;est pas un filtre de topic MQTT valide</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="208"/>
        <source>Scale and offset must be numbers</source>
        <translation>Le facteur et le décalage doivent être des nombres</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="214"/>
        <source>A pattern binding needs the model of the twins it binds</source>
        <translation>Une liaison par motif a besoin du modèle des jumeaux qu’elle lie</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="216"/>
        <source>The model %1 is not loaded</source>
        <translation>Le modèle %1 n&apos;est pas chargé</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="218"/>
        <source>No twin of %1 can stand at the {twin} level</source>
        <translation>Aucun jumeau de %1 ne peut figurer au niveau {twin}</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="223"/>
        <source>The binding names no twin</source>
        <translation>La liaison ne nomme aucun jumeau</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="223"/>
        <source>The twin &apos;%1&apos; does not exist</source>
        <translation>Le jumeau « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="233"/>
        <source>%1 is not a telemetry or property of %2</source>
        <translation>%1 n&apos;est ni une télémétrie ni une propriété de %2</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingcheck.cpp" line="236"/>
        <source>The schema of %1 is not a number, boolean, string or enum</source>
        <translation>Le schéma de %1 n&apos;est ni un nombre, ni un booléen, ni une chaîne, ni une énumération</translation>
    </message>
</context>
<context>
    <name>twin::BindingPicker</name>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="17"/>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Fraction 0–1 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="21"/>
        <source>Raw 0–255 → %</source>
        <translation>Valeur brute 0–255 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="22"/>
        <source>Raw 0–1023 → %</source>
        <translation>Valeur brute 0–1023 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="23"/>
        <source>Raw 0–4095 → %</source>
        <translation>Valeur brute 0–4095 → %</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="95"/>
        <source>Choose a twin</source>
        <translation>Choisissez un jumeau</translation>
    </message>
    <message>
        <location filename="../models/telemetry/bindingpicker.cpp" line="95"/>
        <source>The model of %1 has no telemetry or property to bind</source>
        <translation>Le modèle de %1 n&apos;a ni télémétrie ni propriété à lier</translation>
    </message>
</context>
<context>
    <name>twin::BindingTableModel</name>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="30"/>
        <source>Not an object</source>
        <translation>Ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="84"/>
        <source>every %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="106"/>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="137"/>
        <source>Twin</source>
        <translation>Jumeau</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="138"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="139"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="140"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="141"/>
        <source>Scale</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="142"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/bindingtablemodel.cpp" line="143"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>twin::Category</name>
    <message>
        <location filename="../models/core/category.cpp" line="23"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="24"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="25"/>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="26"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../models/core/category.cpp" line="29"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>twin::CategoryMapModel</name>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="73"/>
        <source>%1 is not loaded in this project: the entry applies once an ontology defining it is imported</source>
        <translation>%1 n’est pas chargé dans ce projet : l’entrée s’applique dès qu’une ontologie qui le définit est importée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="90"/>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="128"/>
        <source>Root interface</source>
        <translation>Interface racine</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="129"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/categorymapmodel.cpp" line="130"/>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
</context>
<context>
    <name>twin::ColourRule</name>
    <message>
        <location filename="../models/live/colourrule.cpp" line="131"/>
        <source>a colour rule needs the name of the value it colours by</source>
        <translation>une règle de couleur a besoin du nom de la valeur selon laquelle elle colore</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="139"/>
        <source>colour rule %1: a range has no valid colour</source>
        <translation>règle de couleur %1 : une plage n&apos;a pas de couleur valide</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="146"/>
        <source>colour rule %1: %2 has no valid colour</source>
        <translation>règle de couleur %1 : %2 n&apos;a pas de couleur valide</translation>
    </message>
    <message>
        <location filename="../models/live/colourrule.cpp" line="150"/>
        <source>colour rule %1 has neither ranges nor values</source>
        <translation>la règle de couleur %1 n&apos;a ni plages ni valeurs</translation>
    </message>
</context>
<context>
    <name>twin::Commands</name>
    <message>
        <location filename="../models/document/commands/addrelationshipcommand.cpp" line="16"/>
        <source>Add %1 %2 %3</source>
        <translation>Ajouter %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../models/document/commands/addtwincommand.cpp" line="15"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../models/document/commands/importcommand.cpp" line="21"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../models/document/commands/removerelationshipcommand.cpp" line="17"/>
        <source>Remove %1 %2 %3</source>
        <translation>Supprimer %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../models/document/commands/removetwincommand.cpp" line="24"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../models/document/commands/setcategoryrootscommand.cpp" line="17"/>
        <source>Change ontology categories</source>
        <translation>Modifier les catégories de l’ontologie</translation>
    </message>
    <message>
        <location filename="../models/document/commands/setgeometrycommand.cpp" line="23"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location filename="../models/document/commands/settwinpropertycommand.cpp" line="25"/>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <location filename="../models/document/commands/retypetwincommand.cpp" line="22"/>
        <source>Change the type of %1</source>
        <translation>Changer le type de %1</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="29"/>
        <source>Add Wall</source>
        <translation>Ajouter un mur</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="30"/>
        <source>Add Door</source>
        <translation>Ajouter une porte</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="31"/>
        <source>Add Dimension</source>
        <translation>Ajouter une cote</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="32"/>
        <source>Flip Door Swing</source>
        <translation>Inverser le sens d’ouverture</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="33"/>
        <source>Flip Door Hinge</source>
        <translation>Inverser les gonds</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="34"/>
        <source>Reshape Wall</source>
        <translation>Remodeler le mur</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="35"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="36"/>
        <source>Set Background</source>
        <translation>Définir l’arrière-plan</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="37"/>
        <source>Remove Background</source>
        <translation>Retirer l’arrière-plan</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="38"/>
        <source>Set Background Opacity</source>
        <translation>Modifier l’opacité de l’arrière-plan</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="39"/>
        <source>Calibrate Background</source>
        <translation>Étalonner l’arrière-plan</translation>
    </message>
    <message>
        <location filename="../models/document/commands/floorlayoutcommand.cpp" line="40"/>
        <source>Set Floor Level</source>
        <translation>Définir le niveau de l’étage</translation>
    </message>
</context>
<context>
    <name>twin::ContainmentCheck</name>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="31"/>
        <source>relationship &apos;%1&apos;: &apos;%2&apos; cannot contain itself</source>
        <translation>relation « %1 » : « %2 » ne peut pas se contenir lui-même</translation>
    </message>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="34"/>
        <source>relationship &apos;%1&apos;: &apos;%2&apos; is already contained by &apos;%3&apos;; a twin has one place in the tree</source>
        <translation>relation « %1 » : « %2 » est déjà contenu par « %3 » ; un jumeau a une seule place dans l’arbre</translation>
    </message>
    <message>
        <location filename="../models/document/containmentcheck.cpp" line="41"/>
        <source>relationship &apos;%1&apos; would make a containment cycle: &apos;%2&apos; is already inside &apos;%3&apos;</source>
        <translation>la relation « %1 » créerait un cycle de contenance : « %2 » est déjà à l’intérieur de « %3 »</translation>
    </message>
</context>
<context>
    <name>twin::ContainmentTreeModel</name>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="127"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="127"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="268"/>
        <source>The ontology does not let it be placed there</source>
        <translation>L’ontologie ne permet pas de le placer ici</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/containmenttreemodel.cpp" line="282"/>
        <source>Move %n twin(s)</source>
        <translation>
            <numerusform>Déplacer %n jumeau</numerusform>
            <numerusform>Déplacer %n jumeaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ContentCollector</name>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="26"/>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="72"/>
        <source>expected a DTDL interface with an @id</source>
        <translation>interface DTDL avec un @id attendue</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="82"/>
        <source>expected a twin object</source>
        <translation>objet jumeau attendu</translation>
    </message>
    <message>
        <location filename="../models/interchange/contentcollector.cpp" line="101"/>
        <source>expected a relationship object</source>
        <translation>objet relation attendu</translation>
    </message>
</context>
<context>
    <name>twin::DtdlExportFormat</name>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="28"/>
        <source>DTDL models (JSON)</source>
        <translation>Modèles DTDL (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="33"/>
        <source>DTDL models (*.json)</source>
        <translation>Modèles DTDL (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="53"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="65"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="104"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="107"/>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="84"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="91"/>
        <source>two interfaces map to the same file name %1</source>
        <translation>deux interfaces donnent le même nom de fichier %1</translation>
    </message>
    <message>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="99"/>
        <location filename="../plugins/dtdl/dtdlexportformat.cpp" line="102"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>twin::EmbeddedImages</name>
    <message>
        <location filename="../models/document/embeddedimages.cpp" line="82"/>
        <source>the background image of floor &apos;%1&apos; is missing: %2 cannot be read; choose the image again (Plan → Background Image…)</source>
        <translation>l’image d’arrière-plan de l’étage « %1 » manque : %2 est illisible ; choisissez de nouveau l’image (Plan → Image d’arrière-plan…)</translation>
    </message>
</context>
<context>
    <name>twin::ExplorerJsonFormat</name>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="35"/>
        <source>Azure Digital Twins Explorer graph (JSON)</source>
        <translation>Graphe Azure Digital Twins Explorer (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="40"/>
        <source>Azure Digital Twins Explorer graph (*.json)</source>
        <translation>Graphe Azure Digital Twins Explorer (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="58"/>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="76"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="86"/>
        <source>neither digitalTwinsGraph nor digitalTwinsModels is present</source>
        <translation>ni digitalTwinsGraph ni digitalTwinsModels n’est présent</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="93"/>
        <source>file version &apos;%1&apos; is not 1.0.0; reading it as 1.0.0</source>
        <translation>la version de fichier « %1 » n’est pas 1.0.0 ; lecture comme 1.0.0</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="99"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="106"/>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location filename="../plugins/explorerjson/explorerjsonformat.cpp" line="170"/>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>twin::FloorPlanEditor</name>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="102"/>
        <source>There is no floor shown</source>
        <translation>Aucun étage n’est affiché</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="103"/>
        <source>Floor &apos;%1&apos; does not exist</source>
        <translation>L’étage « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="109"/>
        <source>Nothing to add</source>
        <translation>Rien à ajouter</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="112"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="173"/>
        <source>A room needs at least three corners around some area</source>
        <translation>Une pièce demande au moins trois coins autour d’une surface</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="180"/>
        <location filename="../models/document/floorplaneditor.cpp" line="184"/>
        <source>Room %1</source>
        <translation>Pièce %1</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="193"/>
        <location filename="../models/document/floorplaneditor.cpp" line="214"/>
        <location filename="../models/document/floorplaneditor.cpp" line="278"/>
        <location filename="../models/document/floorplaneditor.cpp" line="345"/>
        <location filename="../models/document/floorplaneditor.cpp" line="484"/>
        <source>Twin &apos;%1&apos; does not exist</source>
        <translation>Le jumeau « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="249"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="250"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="300"/>
        <source>&apos;%1&apos; is not an interface of this project</source>
        <translation>« %1 » n’est pas une interface de ce projet</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="313"/>
        <source>Drop a sensor onto a device</source>
        <translation>Déposez un capteur sur un appareil</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="318"/>
        <source>There is no floor to drop onto</source>
        <translation>Il n’y a pas d’étage où déposer</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="338"/>
        <source>Nothing is selected</source>
        <translation>Rien n’est sélectionné</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="350"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/floorplaneditor.cpp" line="352"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="367"/>
        <source>A wall needs two points and a positive thickness</source>
        <translation>Un mur demande deux points et une épaisseur positive</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="379"/>
        <source>Click on a wall to place a door</source>
        <translation>Cliquez sur un mur pour placer une porte</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="382"/>
        <source>A %1 m door does not fit there</source>
        <translation>Une porte de %1 m n’y tient pas</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="393"/>
        <source>A dimension line needs two different points</source>
        <translation>Une cote demande deux points différents</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="413"/>
        <source>No door is selected</source>
        <translation>Aucune porte n’est sélectionnée</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="423"/>
        <source>The floor has no wall %1</source>
        <translation>L’étage n’a pas de mur %1</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="435"/>
        <source>%1 is not an image this program can read (%2)</source>
        <translation>%1 n’est pas une image que ce programme sait lire (%2)</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="439"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="452"/>
        <location filename="../models/document/floorplaneditor.cpp" line="463"/>
        <source>This floor has no background image</source>
        <translation>Cet étage n’a pas d’image d’arrière-plan</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="472"/>
        <source>This floor has no background image to calibrate</source>
        <translation>Cet étage n’a pas d’image d’arrière-plan à étalonner</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="476"/>
        <source>Calibration needs two different points and a positive distance</source>
        <translation>L’étalonnage demande deux points différents et une distance positive</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="486"/>
        <source>A floor needs a name</source>
        <translation>Un étage doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../models/document/floorplaneditor.cpp" line="488"/>
        <source>A floor needs a positive height</source>
        <translation>Un étage doit avoir une hauteur positive</translation>
    </message>
</context>
<context>
    <name>twin::FunctionDebugger</name>
    <message>
        <location filename="../models/functions/functiondebugger.cpp" line="56"/>
        <source>a debug run is going</source>
        <translation>une exécution de débogage est en cours</translation>
    </message>
    <message>
        <location filename="../models/functions/functiondebugger.cpp" line="178"/>
        <source>the run is not paused</source>
        <translation>l&apos;exécution n&apos;est pas en pause</translation>
    </message>
</context>
<context>
    <name>twin::FunctionEditor</name>
    <message>
        <location filename="../models/functions/commands/addfunctioncommand.cpp" line="17"/>
        <source>Add function %1</source>
        <translation>Ajouter la fonction %1</translation>
    </message>
    <message>
        <location filename="../models/functions/commands/removefunctioncommand.cpp" line="16"/>
        <source>Remove function %1</source>
        <translation>Supprimer la fonction %1</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="54"/>
        <source>a function needs a name</source>
        <translation>une fonction doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="56"/>
        <source>a function named &apos;%1&apos; already exists</source>
        <translation>une fonction nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="58"/>
        <source>function &apos;%1&apos; is assigned to &apos;%2&apos;, which does not exist</source>
        <translation>la fonction « %1 » est affectée à « %2 », qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="78"/>
        <location filename="../models/functions/functioneditor.cpp" line="87"/>
        <location filename="../models/functions/functioneditor.cpp" line="99"/>
        <location filename="../models/functions/functioneditor.cpp" line="112"/>
        <source>there is no function &apos;%1&apos;</source>
        <translation>il n’y a pas de fonction « %1 »</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="91"/>
        <source>Change function %1</source>
        <translation>Modifier la fonction %1</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="104"/>
        <source>Edit function %1</source>
        <translation>Éditer la fonction %1</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="117"/>
        <source>Enable function %1</source>
        <translation>Activer la fonction %1</translation>
    </message>
    <message>
        <location filename="../models/functions/functioneditor.cpp" line="117"/>
        <source>Disable function %1</source>
        <translation>Désactiver la fonction %1</translation>
    </message>
</context>
<context>
    <name>twin::FunctionStatusModel</name>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="90"/>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="90"/>
        <source>Disabled: %1</source>
        <translation>Désactivée : %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="93"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="95"/>
        <source>Not run: the project is not trusted</source>
        <translation>Non exécutée : le projet n’est pas approuvé</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="99"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="129"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="166"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="168"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="170"/>
        <source>Invocations</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="172"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="174"/>
        <source>Mean time</source>
        <translation>Temps moyen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/functionstatusmodel.cpp" line="176"/>
        <source>p99 time</source>
        <translation>Temps p99</translation>
    </message>
</context>
<context>
    <name>twin::HistoryLocationSetting</name>
    <message>
        <location filename="../models/document/historylocationsetting.cpp" line="32"/>
        <source>Change History Location</source>
        <translation>Changer l’emplacement de l’historique</translation>
    </message>
</context>
<context>
    <name>twin::ImportPlan</name>
    <message>
        <location filename="../models/document/importplan.cpp" line="25"/>
        <source>left out: %1</source>
        <translation>laissé de côté : %1</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="26"/>
        <source>left out: %1: %2</source>
        <translation>laissé de côté : %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="51"/>
        <source>model %1 is already loaded with a different definition</source>
        <translation>le modèle %1 est déjà chargé avec une autre définition</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="113"/>
        <source>duplicate twin id &apos;%1&apos;</source>
        <translation>identifiant de jumeau « %1 » en double</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="117"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>jumeau « %1 » : « %2 » n’est pas un DTMI de modèle valide</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="121"/>
        <source>twin &apos;%1&apos;</source>
        <translation>jumeau « %1 »</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="139"/>
        <source>relationship &apos;%1&apos;</source>
        <translation>relation « %1 »</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="144"/>
        <source>left out: %1: twin &apos;%2&apos; was left out</source>
        <translation>laissé de côté : %1 : le jumeau « %2 » a été laissé de côté</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="152"/>
        <source>relationship without an id</source>
        <translation>relation sans identifiant</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="154"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau source « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="156"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau cible « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="159"/>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;</source>
        <translation>relation « %1 » du jumeau « %2 » en double</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="180"/>
        <source>a function without a name</source>
        <translation>une fonction sans nom</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="182"/>
        <source>duplicate function &apos;%1&apos;</source>
        <translation>fonction &apos;%1&apos; en double</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="186"/>
        <source>nothing in the file could be imported</source>
        <translation>rien dans le fichier n’a pu être importé</translation>
    </message>
    <message>
        <location filename="../models/document/importplan.cpp" line="202"/>
        <source>the project has a connection &apos;%1&apos; already; the file&apos;s is left out</source>
        <translation>le projet a déjà une connexion « %1 » ; celle du fichier est ignorée</translation>
    </message>
</context>
<context>
    <name>twin::InspectorModel</name>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="128"/>
        <source>enum of %1</source>
        <translation>énumération de %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="130"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="133"/>
        <source>map</source>
        <translation>table associative</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="133"/>
        <source>map of %1</source>
        <translation>map de %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="136"/>
        <source>array of %1</source>
        <translation>tableau de %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="158"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="158"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="166"/>
        <source>The id of a twin cannot change once it exists.</source>
        <translation>L’identifiant d’un jumeau ne peut plus changer une fois celui-ci créé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="168"/>
        <source>The model of a twin cannot change once it exists.</source>
        <translation>Le modèle d’un jumeau ne peut plus changer une fois celui-ci créé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="169"/>
        <source>The category follows from the model.</source>
        <translation>La catégorie découle du modèle.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="171"/>
        <source>Telemetry is measured, not set: the value comes from the live data.</source>
        <translation>La télémétrie est mesurée, pas saisie : la valeur provient des données en direct.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="175"/>
        <source>Edit the component&apos;s properties in the rows below it.</source>
        <translation>Modifiez les propriétés du composant dans les lignes en dessous.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="177"/>
        <source>Use Remove and Add Relationship… to change relationships.</source>
        <translation>Utilisez « Supprimer » et « Ajouter une relation… » pour modifier les relations.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="183"/>
        <source>The model of this twin is not loaded.</source>
        <translation>Le modèle de ce jumeau n’est pas chargé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="185"/>
        <source>Read-only: the model declares %1 as not writable, its value is reported by the device.</source>
        <translation>Lecture seule : le modèle déclare %1 non modifiable, sa valeur est fournie par l’appareil.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="188"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="133"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="140"/>
        <source>Values of schema %1 cannot be edited here.</source>
        <translation>Les valeurs du schéma %1 ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="33"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="35"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="37"/>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="39"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="41"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="43"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="46"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="51"/>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="79"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="129"/>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="137"/>
        <source>Computed by a function at %1</source>
        <translation>Calculé par une fonction le %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="139"/>
        <source>Measured at %1</source>
        <translation>Mesuré le %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="139"/>
        <source>No live value yet.</source>
        <translation>Pas encore de valeur en direct.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="144"/>
        <source>Relationship %1 to %2</source>
        <translation>Relation %1 vers %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="173"/>
        <source>Computed by a function from the live data.</source>
        <translation>Calculé par une fonction à partir des données en direct.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="329"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="331"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeldata.cpp" line="333"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="269"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>« %1 » n’est ni vrai ni faux</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="282"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="288"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="290"/>
        <source>%1 is outside the range of %2 (%3 to %4)</source>
        <translation>%1 est hors de la plage de %2 (de %3 à %4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="301"/>
        <source>&apos;%1&apos; is not one of the values of this enum</source>
        <translation>« %1 » n’est pas l’une des valeurs de cette énumération</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="328"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide : %1 au caractère %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="330"/>
        <source>more than one value</source>
        <translation>plus d’une valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvaluecodec.cpp" line="337"/>
        <source>values of schema %1 cannot be edited here</source>
        <translation>les valeurs du schéma %1 ne peuvent pas être modifiées ici</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="75"/>
        <source>%1 has no relationship &apos;%2&apos;</source>
        <translation>%1 n’a pas de relation « %2 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="78"/>
        <source>%1 already has %n &apos;%2&apos; relationship(s), the most its model allows</source>
        <translation>
            <numerusform>%1 a déjà %n relation « %2 », le maximum permis par son modèle</numerusform>
            <numerusform>%1 a déjà %n relations « %2 », le maximum permis par son modèle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="82"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>le jumeau « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorrelationships.cpp" line="83"/>
        <source>&apos;%1&apos; cannot be the target of &apos;%2&apos; of %3</source>
        <translation>« %1 » ne peut pas être la cible de « %2 » de %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="29"/>
        <source>Select a relationship to remove.</source>
        <translation>Sélectionnez la relation à supprimer.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="80"/>
        <source>Select a map or an array, or one of its entries.</source>
        <translation>Sélectionnez une map ou un tableau, ou l’une de ses entrées.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodeledits.cpp" line="138"/>
        <source>Select an entry of a map or an element of an array.</source>
        <translation>Sélectionnez une entrée d’une map ou un élément d’un tableau.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="64"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="85"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="118"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="162"/>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="178"/>
        <source>The twin is gone.</source>
        <translation>Le jumeau n’existe plus.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="68"/>
        <source>The value changed meanwhile; try again.</source>
        <translation>La valeur a changé entre-temps ; réessayez.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="92"/>
        <source>An entry needs a value: remove it instead.</source>
        <translation>Une entrée doit avoir une valeur : supprimez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="106"/>
        <source>A map key cannot be empty.</source>
        <translation>Une clé de map ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="108"/>
        <source>A map key cannot start with &apos;$&apos;.</source>
        <translation>Une clé de map ne peut pas commencer par « $ ».</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="110"/>
        <source>The map already has the key &apos;%1&apos;.</source>
        <translation>La map a déjà la clé « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="144"/>
        <source>Entries can be added to maps and arrays only.</source>
        <translation>Seuls les maps et les tableaux acceptent des entrées.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="152"/>
        <source>Select an entry of a map or an element of an array to remove.</source>
        <translation>Sélectionnez l’entrée d’une map ou l’élément d’un tableau à supprimer.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="159"/>
        <source>Only the elements of an array have an order.</source>
        <translation>Seuls les éléments d’un tableau ont un ordre.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="166"/>
        <source>The element is already the first.</source>
        <translation>L’élément est déjà le premier.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="166"/>
        <source>The element is already the last.</source>
        <translation>L’élément est déjà le dernier.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectorvalueeditor.cpp" line="175"/>
        <source>Only the entries of a map have a key.</source>
        <translation>Seules les entrées d’une map ont une clé.</translation>
    </message>
</context>
<context>
    <name>twin::LivePlanOverlay</name>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="526"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="526"/>
        <source>occupied</source>
        <translation>occupé</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="537"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="539"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="541"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="543"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="545"/>
        <source>Colour rule</source>
        <translation>Règle de couleur</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="571"/>
        <source>motion</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="571"/>
        <source>no motion</source>
        <translation>aucun mouvement</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="573"/>
        <source>on</source>
        <translation>marche</translation>
    </message>
    <message>
        <location filename="../models/live/liveplanoverlay.cpp" line="573"/>
        <source>off</source>
        <translation>arrêt</translation>
    </message>
</context>
<context>
    <name>twin::LiveSession</name>
    <message>
        <location filename="../models/live/livesession.cpp" line="144"/>
        <source>The project has no connection &quot;%1&quot;.</source>
        <translation>Le projet n’a pas de connexion « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="199"/>
        <source>Nothing to record: connect to a broker or run the simulator first.</source>
        <translation>Rien à enregistrer : connectez-vous d’abord à un broker ou lancez le simulateur.</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="269"/>
        <source>Function skipped: %1</source>
        <translation>Fonction ignorée : %1</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="437"/>
        <location filename="../models/live/livesessionsources.cpp" line="91"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="706"/>
        <source>Function %1 was disabled (%2) but could not be marked so: %3</source>
        <translation>La fonction %1 a été désactivée (%2) mais n’a pas pu être marquée comme telle : %3</translation>
    </message>
</context>
<context>
    <name>twin::NativeJsonFormat</name>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="71"/>
        <source>TwinStudio project (JSON)</source>
        <translation>Projet TwinStudio (JSON)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="76"/>
        <source>TwinStudio project JSON (*.twinstudio.json *.json)</source>
        <translation>Projet TwinStudio JSON (*.twinstudio.json *.json)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="98"/>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="121"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="125"/>
        <source>not a TwinStudio project file (format is not &quot;%1&quot;)</source>
        <translation>pas un fichier de projet TwinStudio (format n’est pas &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="128"/>
        <source>version must be a positive integer</source>
        <translation>version doit être un entier positif</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="131"/>
        <source>file version %1 is newer than this TwinStudio reads (%2)</source>
        <translation>la version de fichier %1 est plus récente que celle que lit ce TwinStudio (%2)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="141"/>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="141"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="48"/>
        <source>$geometry must be an object</source>
        <translation>$geometry doit être un objet</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="50"/>
        <source>twin &apos;%1&apos;: %2</source>
        <translation>jumeau « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="162"/>
        <source>&apos;%1&apos; is not a category (Space, Device, Sensor, Person or Other)</source>
        <translation>« %1 » n’est pas une catégorie (Space, Device, Sensor, Person ou Other)</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="173"/>
        <source>a containment rule needs a name</source>
        <translation>une règle de contenance doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="182"/>
        <source>direction must be parentToChild or childToParent</source>
        <translation>direction doit être parentToChild ou childToParent</translation>
    </message>
    <message>
        <location filename="../plugins/native/nativejsonformat.cpp" line="260"/>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>twin::NotificationModel</name>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="350"/>
        <source>%1
(from function %2)</source>
        <translation>%1
(de la fonction %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="389"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="391"/>
        <source>Twin</source>
        <translation>Jumeau</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="393"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="395"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="256"/>
        <source>The alert on %1 is cleared already</source>
        <translation>L&apos;alerte sur %1 est déjà levée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="319"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="320"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="321"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="325"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="327"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="329"/>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="352"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Acquittée par %1 le %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="397"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/notificationmodel.cpp" line="399"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>un jumeau d’identifiant « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="149"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>jumeau « %1 » : « %2 » n’est pas un DTMI de modèle valide</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="161"/>
        <source>the relationship id is empty</source>
        <translation>l’identifiant de la relation est vide</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="163"/>
        <source>relationship &apos;%1&apos; has no name</source>
        <translation>la relation « %1 » n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="165"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau source « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="167"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau cible « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="169"/>
        <source>twin &apos;%1&apos; already has a relationship &apos;%2&apos;</source>
        <translation>le jumeau « %1 » a déjà une relation « %2 »</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="209"/>
        <source>parent twin &apos;%1&apos; does not exist</source>
        <translation>le jumeau parent « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="220"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
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
        <translation>le jumeau « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="257"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="258"/>
        <source>Remove %n twin(s)</source>
        <translation>
            <numerusform>Supprimer %n jumeau</numerusform>
            <numerusform>Supprimer %n jumeaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="271"/>
        <source>&apos;%1&apos; is not a loaded interface</source>
        <translation>« %1 » n&apos;est pas une interface chargée</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="300"/>
        <source>&apos;%1&apos; is not a property name</source>
        <translation>« %1 » n’est pas un nom de propriété</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="329"/>
        <source>twin &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>le jumeau « %1 » n’a pas de relation « %2 »</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="343"/>
        <source>&apos;%1&apos; cannot be moved into itself</source>
        <translation>« %1 » ne peut pas être déplacé dans lui-même</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="347"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>duplicate twin id &apos;%1&apos;</source>
        <translation type="vanished">identifiant de jumeau « %1 » en double</translation>
    </message>
    <message>
        <source>relationship without an id</source>
        <translation type="vanished">relation sans identifiant</translation>
    </message>
    <message>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;</source>
        <translation type="vanished">relation « %1 » du jumeau « %2 » en double</translation>
    </message>
    <message>
        <source>a function without a name</source>
        <translation type="vanished">une fonction sans nom</translation>
    </message>
    <message>
        <source>duplicate function &apos;%1&apos;</source>
        <translation type="vanished">fonction &apos;%1&apos; en double</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="429"/>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="494"/>
        <source>%n inconsistent twin(s) or relationship(s) were skipped</source>
        <translation>
            <numerusform>%n jumeau ou relation incohérent a été ignoré</numerusform>
            <numerusform>%n jumeaux ou relations incohérents ont été ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="558"/>
        <source>no DTDL interfaces found</source>
        <translation>aucune interface DTDL trouvée</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/project.cpp" line="561"/>
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n chemin</numerusform>
            <numerusform>%n chemins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="562"/>
        <source>Import ontology %1</source>
        <translation>Importer l’ontologie %1</translation>
    </message>
    <message>
        <location filename="../models/document/project.cpp" line="577"/>
        <source>%1 is not an interface of this project</source>
        <translation>%1 n’est pas une interface de ce projet</translation>
    </message>
</context>
<context>
    <name>twin::ProjectStore</name>
    <message>
        <location filename="../models/store/projectfile.cpp" line="21"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="23"/>
        <source>is a folder, not a project file</source>
        <translation>est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="26"/>
        <source>is not a regular file, not a project file</source>
        <translation>n’est pas un fichier ordinaire, pas un fichier de projet</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="29"/>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="31"/>
        <source>the file is empty, not a TwinStudio project</source>
        <translation>le fichier est vide, ce n’est pas un projet TwinStudio</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="34"/>
        <source>not a TwinStudio project (not an SQLite database)</source>
        <translation>pas un projet TwinStudio (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="44"/>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="49"/>
        <location filename="../models/store/projectfile.cpp" line="72"/>
        <location filename="../models/store/projectfile.cpp" line="74"/>
        <location filename="../models/store/projectfile.cpp" line="77"/>
        <location filename="../models/store/projectstore.cpp" line="172"/>
        <location filename="../models/store/projectstore.cpp" line="179"/>
        <source>damaged project: %1</source>
        <translation>projet endommagé : %1</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="63"/>
        <source>the project has schema version %1, newer than this version of TwinStudio reads (%2 at most); open it with a newer TwinStudio</source>
        <translation>le projet a la version de schéma %1, plus récente que ce que lit cette version de TwinStudio (%2 au plus) ; ouvrez-le avec un TwinStudio plus récent</translation>
    </message>
    <message>
        <location filename="../models/store/projectfile.cpp" line="87"/>
        <source>cannot upgrade the project from schema version %1: %2</source>
        <translation>impossible de mettre à jour le projet depuis la version de schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="612"/>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="615"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="620"/>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="626"/>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="641"/>
        <location filename="../models/store/projectstore.cpp" line="644"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/store/projectstore.cpp" line="649"/>
        <source>cannot replace %1: %2</source>
        <translation>impossible de remplacer %1 : %2</translation>
    </message>
</context>
<context>
    <name>twin::SetAlertRulesCommand</name>
    <message>
        <location filename="../models/live/setalertrulescommand.cpp" line="31"/>
        <source>Add Alert Rule %1</source>
        <translation>Ajouter la règle d’alerte %1</translation>
    </message>
    <message>
        <location filename="../models/live/setalertrulescommand.cpp" line="43"/>
        <source>Remove Alert Rule</source>
        <translation>Supprimer la règle d’alerte</translation>
    </message>
</context>
<context>
    <name>twin::SetBindingsCommand</name>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="56"/>
        <source>Bind %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="64"/>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="82"/>
        <source>There is no binding %1 (the project has %2)</source>
        <translation>Il n&apos;y a pas de liaison %1 (le projet en a %2)</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="74"/>
        <source>Edit Binding %1</source>
        <translation>Modifier la liaison %1</translation>
    </message>
    <message>
        <location filename="../models/telemetry/setbindingscommand.cpp" line="87"/>
        <source>Remove Binding %1</source>
        <translation>Supprimer la liaison %1</translation>
    </message>
</context>
<context>
    <name>twin::SetColourRulesCommand</name>
    <message>
        <location filename="../models/live/setcolourrulescommand.cpp" line="30"/>
        <source>Edit Colour Rules</source>
        <translation>Modifier les règles de couleur</translation>
    </message>
</context>
<context>
    <name>twin::TimeCursor</name>
    <message>
        <location filename="../models/live/timecursor.cpp" line="84"/>
        <source>There is no history to show: record a live run of a saved project first.</source>
        <translation>Aucun historique à afficher : enregistrez d’abord une exécution en direct d’un projet enregistré.</translation>
    </message>
</context>
<context>
    <name>twin::TopicTreeModel</name>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="311"/>
        <source>The topics of the source without a connection profile</source>
        <translation>Les topics de la source sans profil de connexion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="312"/>
        <source>The topics of connection %1</source>
        <translation>Les topics de la connexion %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="315"/>
        <source>%1
Bound: its values reach twins</source>
        <translation>%1
Lié : ses valeurs atteignent des jumeaux</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="316"/>
        <source>%1
No binding takes this topic</source>
        <translation>%1
Aucune liaison ne prend ce topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="332"/>
        <source>(source)</source>
        <translation>(source)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="146"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="342"/>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="147"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="344"/>
        <source>bound</source>
        <translation>lié</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="147"/>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="344"/>
        <source>unbound</source>
        <translation>non lié</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="357"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="358"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="359"/>
        <source>Rate (/s)</source>
        <translation>Débit (/s)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="360"/>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="361"/>
        <source>Binding</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/topictreemodel.cpp" line="362"/>
        <source>Last payload</source>
        <translation>Dernière charge utile</translation>
    </message>
</context>
<context>
    <name>twin::TopologyExporter</name>
    <message>
        <location filename="../models/interchange/topologyexporter.cpp" line="15"/>
        <location filename="../models/interchange/topologyexporter.cpp" line="25"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>twin::TopologyImport</name>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="31"/>
        <source> (first on line %1)</source>
        <translation> (d’abord à la ligne %1)</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="33"/>
        <source> (first at %1)</source>
        <translation> (d’abord à %1)</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="178"/>
        <source>model &apos;%1&apos;: @id is not a valid DTMI</source>
        <translation>modèle « %1 » : @id n’est pas un DTMI valide</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="183"/>
        <source>model %1 is defined twice%2</source>
        <translation>le modèle %1 est défini deux fois%2</translation>
    </message>
    <message>
        <source>model %1 is already loaded with a different definition</source>
        <translation type="vanished">le modèle %1 est déjà chargé avec une autre définition</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="70"/>
        <source>contents %1</source>
        <translation>contenus %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="82"/>
        <source>left out: %1</source>
        <translation>laissé de côté : %1</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="227"/>
        <source>duplicate twin id &apos;%1&apos;%2</source>
        <translation>identifiant de jumeau « %1 » en double%2</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="229"/>
        <source>twin &apos;%1&apos; already exists in the project</source>
        <translation>le jumeau « %1 » existe déjà dans le projet</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="234"/>
        <source>twin &apos;%1&apos;: &apos;%2&apos; is not a valid model DTMI</source>
        <translation>jumeau « %1 » : « %2 » n’est pas un DTMI de modèle valide</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="236"/>
        <source>twin &apos;%1&apos;: model %2 is neither in the file nor loaded</source>
        <translation>jumeau « %1 » : le modèle %2 n’est ni dans le fichier ni chargé</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="249"/>
        <source>relationship of twin &apos;%1&apos; has an empty id</source>
        <translation>une relation du jumeau « %1 » a un identifiant vide</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="251"/>
        <source>relationship &apos;%1&apos; has an empty name</source>
        <translation>la relation « %1 » a un nom vide</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="253"/>
        <source>relationship &apos;%1&apos;: source twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau source « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="255"/>
        <source>relationship &apos;%1&apos;: target twin &apos;%2&apos; does not exist</source>
        <translation>relation « %1 » : le jumeau cible « %2 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="265"/>
        <source>duplicate relationship &apos;%1&apos; of twin &apos;%2&apos;%3</source>
        <translation>relation « %1 » du jumeau « %2 » en double%3</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="270"/>
        <source>twin &apos;%1&apos; already has a relationship &apos;%2&apos; in the project</source>
        <translation>le jumeau « %1 » a déjà une relation « %2 » dans le projet</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="322"/>
        <source>the file could not be read</source>
        <translation>le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="356"/>
        <source>nothing in the file could be imported</source>
        <translation>rien dans le fichier n’a pu être importé</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="193"/>
        <source>model %1 is already loaded with a different definition (they differ in %2): keep the loaded definition or replace it with this one</source>
        <translation>le modèle %1 est déjà chargé avec une autre définition (elles diffèrent par %2) : garder la définition chargée ou la remplacer par celle-ci</translation>
    </message>
    <message>
        <location filename="../models/interchange/topologyimport.cpp" line="372"/>
        <source>the project rejected the import</source>
        <translation>le projet a refusé l’importation</translation>
    </message>
</context>
<context>
    <name>twin::Twin</name>
    <message>
        <location filename="../models/graph/twin.cpp" line="196"/>
        <source>the twin id is empty</source>
        <translation>l’identifiant du jumeau est vide</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="199"/>
        <source>the twin id is longer than 128 characters</source>
        <translation>l’identifiant du jumeau dépasse 128 caractères</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="202"/>
        <source>the twin id begins or ends with white space</source>
        <translation>l’identifiant du jumeau commence ou finit par une espace</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="207"/>
        <source>the twin id contains a control character</source>
        <translation>l’identifiant du jumeau contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../models/graph/twin.cpp" line="211"/>
        <source>the twin id contains &apos;%1&apos;</source>
        <translation>l’identifiant du jumeau contient « %1 »</translation>
    </message>
</context>
<context>
    <name>twin::TwinClipboard</name>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="94"/>
        <source>There is no floor to paste onto</source>
        <translation>Il n&apos;y a pas d&apos;étage où coller</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="101"/>
        <source>The clipboard holds no twins</source>
        <translation>Le presse-papiers ne contient aucun jumeau</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="105"/>
        <source>The clipboard holds twins of an unknown format version</source>
        <translation>Le presse-papiers contient des jumeaux dans une version de format inconnue</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="121"/>
        <source>The clipboard&apos;s twins are damaged: %1</source>
        <translation>Les jumeaux du presse-papiers sont endommagés : %1</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="145"/>
        <source>The clipboard&apos;s relationship &apos;%1&apos; refers to a twin it does not hold</source>
        <translation>La relation « %1 » du presse-papiers désigne un jumeau qu&apos;il ne contient pas</translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="169"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/twinclipboard.cpp" line="193"/>
        <source>Paste %n twin(s)</source>
        <translation>
            <numerusform>Coller %n jumeau</numerusform>
            <numerusform>Coller %n jumeaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/twinclipboard.cpp" line="195"/>
        <source>The twins cannot be pasted here</source>
        <translation>Les jumeaux ne peuvent pas être collés ici</translation>
    </message>
</context>
<context>
    <name>twin::TwinFactory</name>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="180"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="182"/>
        <source>Building 1</source>
        <translation>Bâtiment 1</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="184"/>
        <source>Ground floor</source>
        <translation>Rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="258"/>
        <source>&apos;%1&apos; is not an interface of this project</source>
        <translation>« %1 » n’est pas une interface de ce projet</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="264"/>
        <source>Twin &apos;%1&apos; does not exist</source>
        <translation>Le jumeau « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/document/twinfactory.cpp" line="284"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>twin::TwinListModel</name>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="100"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="102"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/twinlistmodel.cpp" line="103"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddFloorDialog</name>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="18"/>
        <source>Add Floor</source>
        <translation>Ajouter un étage</translation>
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
        <translation>Hauteur du niveau de l’étage au-dessus de la référence du site</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="32"/>
        <source>Floor-to-floor height, which the 3D view extrudes</source>
        <translation>Hauteur d’étage, que la vue 3D extrude</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="35"/>
        <source>&amp;Elevation:</source>
        <translation>&amp;Altitude :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/addfloordialog.cpp" line="36"/>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddRelationshipDialog</name>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="36"/>
        <source>Add Relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="39"/>
        <source>Filter targets by id or name</source>
        <translation>Filtrer les cibles par identifiant ou nom</translation>
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
            <numerusform>Le modèle en permet au plus %n, et le jumeau l’a déjà.</numerusform>
            <numerusform>Le modèle en permet au plus %n, et le jumeau les a déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="62"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="63"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="94"/>
        <source>The model of this twin declares no relationships.</source>
        <translation>Le modèle de ce jumeau ne déclare aucune relation.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="129"/>
        <source>No twin can be the target.</source>
        <translation>Aucun jumeau ne peut être la cible.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="130"/>
        <source>No twin is a %1 that is not a target already.</source>
        <translation>Aucun jumeau de type %1 n’est pas déjà une cible.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="132"/>
        <source>%1 of %2 shown: type to narrow the list.</source>
        <translation>%1 sur %2 affichés : tapez pour affiner la liste.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="134"/>
        <source>Targets are twins of %1 or a model that extends it.</source>
        <translation>Les cibles sont des jumeaux de %1 ou d’un modèle qui l’étend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="137"/>
        <source>%n greyed-out twin(s) cannot be chosen: a twin has one place in the containment tree and cannot contain what contains it (the tooltip says why).</source>
        <translation>
            <numerusform>%n jumeau grisé ne peut pas être choisi : un jumeau a une seule place dans l’arbre de contenance et ne peut pas contenir ce qui le contient (l’infobulle dit pourquoi).</numerusform>
            <numerusform>%n jumeaux grisés ne peuvent pas être choisis : un jumeau a une seule place dans l’arbre de contenance et ne peut pas contenir ce qui le contient (l’infobulle dit pourquoi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::AlertRulesDialog</name>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="81"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="84"/>
        <source>One &amp;twin</source>
        <translation>Un &amp;jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="85"/>
        <source>Every twin of a t&amp;ype</source>
        <translation>Chaque jumeau d&apos;un t&amp;ype</translation>
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
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="105"/>
        <source>A new rule: a copy of the selected one, or one watching the selected twin</source>
        <translation>Une nouvelle règle : une copie de celle sélectionnée, ou une qui surveille le jumeau sélectionné</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="124"/>
        <source>The twin whose value the rule watches</source>
        <translation>Le jumeau dont la règle surveille la valeur</translation>
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
        <translation>La règle surveille chaque jumeau de cette interface et des interfaces qui l&apos;étendent</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="136"/>
        <source>A telemetry name (&quot;temperature&quot;) or a semantic type (&quot;Temperature&quot;)</source>
        <translation>Un nom de télémétrie (« temperature ») ou un type sémantique (« Temperature »)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="138"/>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="139"/>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="140"/>
        <source>outside a range</source>
        <translation>hors d&apos;une plage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="141"/>
        <source>equals</source>
        <translation>égal à</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="142"/>
        <source>no data for</source>
        <translation>pas de données depuis</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="144"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="145"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="146"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="152"/>
        <source>How long the condition must hold before the alert is raised</source>
        <translation>Combien de temps la condition doit durer avant que l&apos;alerte ne soit levée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="154"/>
        <source>How far back past the threshold the value must come before the alert clears</source>
        <translation>De combien la valeur doit repasser le seuil avant que l&apos;alerte ne s&apos;efface</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="156"/>
        <source>Optional: shown with the alert</source>
        <translation>Facultatif : affiché avec l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="163"/>
        <source>Watches:</source>
        <translation>Surveille :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="164"/>
        <source>Twin:</source>
        <translation>Jumeau :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="165"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="166"/>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="167"/>
        <source>Condition:</source>
        <translation>Condition :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="168"/>
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="169"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="170"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="171"/>
        <source>For:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="172"/>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="173"/>
        <source>Delay:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="174"/>
        <source>Hysteresis:</source>
        <translation>Hystérésis :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="175"/>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="198"/>
        <source>No alert rules yet. Add makes one: for instance every sensor&apos;s Temperature above 28, critical, after 60 s.</source>
        <translation>Aucune règle d&apos;alerte. « Ajouter » en crée une : par exemple la température de chaque capteur au-dessus de 28, critique, après 60 s.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="352"/>
        <source>every %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="354"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="355"/>
        <source>%1: incomplete</source>
        <translation>%1 : incomplète</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="355"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="366"/>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="368"/>
        <source>Rule %1: the project has no twin &apos;%2&apos;</source>
        <translation>Règle %1 : le projet n&apos;a pas de jumeau « %2 »</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="370"/>
        <source>Rule %1: the ontology has no interface &apos;%2&apos;</source>
        <translation>Règle %1 : l&apos;ontologie n&apos;a pas d&apos;interface « %2 »</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/alertrulesdialog.cpp" line="418"/>
        <source>Edit Alert Rules</source>
        <translation>Modifier les règles d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>twin::ui::BindingPickerDialog</name>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="51"/>
        <source>Bind to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="59"/>
        <source>Topic:</source>
        <translation>Topic :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="62"/>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="74"/>
        <source>Twin:</source>
        <translation>Jumeau :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="82"/>
        <source>Binds to:</source>
        <translation>Lie à :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="89"/>
        <source>Unit conversion:</source>
        <translation>Conversion d&apos;unité :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="102"/>
        <source>Scale:</source>
        <translation>Facteur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="103"/>
        <source>Offset:</source>
        <translation>Décalage :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="105"/>
        <source>Bind every twin of this model: one topic level is the twin id</source>
        <translation>Lier chaque jumeau de ce modèle : un niveau du topic est l’identifiant du jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="111"/>
        <source>Level %1: %2</source>
        <translation>Niveau %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="115"/>
        <source>Twin id at:</source>
        <translation>Identifiant du jumeau au :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="118"/>
        <source>Topic filter:</source>
        <translation>Filtre de topic :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="122"/>
        <source>Twins:</source>
        <translation>Jumeaux :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="126"/>
        <source>Bound value:</source>
        <translation>Valeur liée :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="133"/>
        <source>Bind</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="162"/>
        <source>telemetry</source>
        <translation>télémétrie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="202"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="202"/>
        <source>(the whole payload)</source>
        <translation>(toute la charge utile)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="203"/>
        <source>(not in the last payload)</source>
        <translation>(absent de la dernière charge utile)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingpickerdialog.cpp" line="220"/>
        <source>%1 twins of %2 (%3 seen on the broker): %4</source>
        <translation>%1 jumeaux de %2 (%3 vus sur le broker) : %4</translation>
    </message>
</context>
<context>
    <name>twin::ui::BindingsDialog</name>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="21"/>
        <source>Telemetry Bindings</source>
        <translation>Liaisons de télémétrie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="34"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/bindingsdialog.cpp" line="40"/>
        <source>Bindings marked in red no longer fit their twin or schema; they are kept until you fix or delete them.</source>
        <translation>Les liaisons marquées en rouge ne correspondent plus à leur jumeau ou à leur schéma ; elles sont conservées jusqu’à ce que vous les corrigiez ou les supprimiez.</translation>
    </message>
</context>
<context>
    <name>twin::ui::BuildingView3D</name>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="47"/>
        <source>Fit All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="48"/>
        <source>Show the whole building (F)</source>
        <translation>Afficher tout le bâtiment (F)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="49"/>
        <source>Focus Selection</source>
        <translation>Centrer sur la sélection</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="51"/>
        <source>Move the camera to the current twin</source>
        <translation>Déplacer la caméra vers le jumeau courant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="55"/>
        <source>Which floors are shown</source>
        <translation>Étages affichés</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="57"/>
        <source> Explode </source>
        <translation> Éclater </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="62"/>
        <source>Spread the floors apart</source>
        <translation>Écarter les étages</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="71"/>
        <source>No floor yet: File → New (Ctrl+N) starts a building with its ground floor, Plan → Add Floor… adds one. The rooms drawn on the plan appear here in 3D.</source>
        <translation>Aucun étage pour l’instant : Fichier → Nouveau (Ctrl+N) crée un bâtiment avec son rez-de-chaussée, Plan → Ajouter un étage… en ajoute un. Les pièces dessinées sur le plan apparaissent ici en 3D.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="146"/>
        <source>The 3D view needs a display with OpenGL.</source>
        <translation>La vue 3D nécessite un affichage avec OpenGL.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="219"/>
        <source>All floors</source>
        <translation>Tous les étages</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="224"/>
        <source>%1 alone</source>
        <translation>%1 seul</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/buildingview3d.cpp" line="225"/>
        <source>%1, floors above see-through</source>
        <translation>%1, étages au-dessus transparents</translation>
    </message>
</context>
<context>
    <name>twin::ui::CategoriesDialog</name>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="57"/>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="130"/>
        <source>Ontology Categories</source>
        <translation>Catégories de l’ontologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="58"/>
        <source>Twins are spaces, devices, sensors or people by the interface their model extends. Each interface below decides the category of itself and of every interface that extends it.</source>
        <translation>Les jumeaux sont des espaces, des appareils, des capteurs ou des personnes selon l’interface qu’étend leur modèle. Chaque interface ci-dessous décide de la catégorie d’elle-même et de toute interface qui l’étend.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="76"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="77"/>
        <source>Make another loaded interface decide a category</source>
        <translation>Faire décider une catégorie par une autre interface chargée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="78"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="79"/>
        <source>Let the selected interface follow the interfaces it extends</source>
        <translation>Faire suivre à l’interface sélectionnée les interfaces qu’elle étend</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="80"/>
        <source>&amp;Built-in</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="81"/>
        <source>Go back to the built-in map for the core ontology and RealEstateCore</source>
        <translation>Revenir à la correspondance intégrée pour l’ontologie de base et RealEstateCore</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="120"/>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="123"/>
        <source>Add Interface</source>
        <translation>Ajouter une interface</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="120"/>
        <source>Interface:</source>
        <translation>Interface :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="123"/>
        <source>%1 is not a loaded interface.</source>
        <translation>%1 n’est pas une interface chargée.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/categoriesdialog.cpp" line="130"/>
        <source>The categories were not changed: %1</source>
        <translation>Les catégories n’ont pas été modifiées : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::ChartView</name>
    <message>
        <location filename="../app/twinstudio/charts/chartview.cpp" line="98"/>
        <source>(no unit)</source>
        <translation>(sans unité)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartview.cpp" line="125"/>
        <source>Drag twins here from the topology, or choose Chart in their context menu</source>
        <translation>Glissez des jumeaux ici depuis la topologie, ou choisissez « Graphique » dans leur menu contextuel</translation>
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
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="116"/>
        <source>How much time the live chart shows</source>
        <translation>Durée affichée par le graphique en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="126"/>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="153"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="129"/>
        <source>Stop scrolling to look at the chart; Live follows the newest values again</source>
        <translation>Arrêter le défilement pour examiner le graphique ; « Direct » suit de nouveau les dernières valeurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="132"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="133"/>
        <source>Chart a twin&apos;s telemetry (or drag twins here from the topology)</source>
        <translation>Tracer la télémétrie d&apos;un jumeau (ou glisser des jumeaux ici depuis la topologie)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="134"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="134"/>
        <source>Remove every series</source>
        <translation>Retirer toutes les séries</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="136"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="137"/>
        <source>Save the recorded values of the visible range, one column per series</source>
        <translation>Enregistrer les valeurs enregistrées de la plage visible, une colonne par série</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="138"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="139"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="153"/>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="226"/>
        <source>%1 has no numeric values to chart yet</source>
        <translation>%1 n&apos;a pas encore de valeurs numériques à tracer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="334"/>
        <source>There is no history file to read</source>
        <translation>Il n&apos;y a pas de fichier d&apos;historique à lire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="377"/>
        <source>There is no history file to export from</source>
        <translation>Il n&apos;y a pas de fichier d&apos;historique à exporter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="404"/>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="414"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="536"/>
        <source>The project has no sensors to chart</source>
        <translation>Le projet n’a aucun capteur à afficher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="540"/>
        <source>Add to Chart</source>
        <translation>Ajouter au graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="540"/>
        <source>Sensor:</source>
        <translation>Capteur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="547"/>
        <source>Export Chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="547"/>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="548"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="548"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="552"/>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="552"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="557"/>
        <source>Export Chart Values</source>
        <translation>Exporter les valeurs du graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="558"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/charts/chartstab.cpp" line="562"/>
        <source>Values saved to %1</source>
        <translation>Valeurs enregistrées dans %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::ColourRulesDialog</name>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="74"/>
        <source>Colour Rules</source>
        <translation>Règles de couleur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="78"/>
        <source>Temperature, AvailableAndFresh, …</source>
        <translation>Temperature, AvailableAndFresh, …</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="79"/>
        <source>Numeric ranges → colours</source>
        <translation>Plages numériques → couleurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="80"/>
        <source>Values → colours</source>
        <translation>Valeurs → couleurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="140"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="81"/>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="336"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="83"/>
        <source>An empty end is open. Double-click a colour to choose it.</source>
        <translation>Une borne vide est ouverte. Double-cliquez sur une couleur pour la choisir.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="86"/>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="87"/>
        <source>&amp;Delete Rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="88"/>
        <source>Add &amp;Entry</source>
        <translation>Ajouter une &amp;entrée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="89"/>
        <source>&amp;Remove Entry</source>
        <translation>&amp;Retirer l’entrée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="102"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="103"/>
        <source>&amp;Colours by:</source>
        <translation>&amp;Colore selon :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="112"/>
        <source>Legend:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="140"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="254"/>
        <source>Entry %1: &quot;%2&quot; is not a colour (#rrggbb).</source>
        <translation>Entrée %1 : « %2 » n’est pas une couleur (#rrggbb).</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="259"/>
        <source>Entry %1 has no value.</source>
        <translation>L’entrée %1 n’a pas de valeur.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="273"/>
        <source>Entry %1: &quot;%2&quot; is not a number.</source>
        <translation>Entrée %1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="354"/>
        <source>(no entries)</source>
        <translation>(aucune entrée)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="367"/>
        <source>Rule %1 names no value.</source>
        <translation>La règle %1 ne nomme aucune valeur.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/view3d/colourrulesdialog.cpp" line="369"/>
        <source>The rule for %1 has no entries.</source>
        <translation>La règle pour %1 n’a aucune entrée.</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionProfileDialog</name>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="23"/>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="23"/>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="33"/>
        <source>made from the host when empty</source>
        <translation>tiré de l’hôte s’il est vide</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="37"/>
        <source>a new one per connection</source>
        <translation>un nouveau à chaque connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="49"/>
        <source>Persistent session (the broker keeps messages while disconnected)</source>
        <translation>Session persistante (le broker garde les messages pendant la déconnexion)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="52"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="79"/>
        <source>CA Certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="53"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="80"/>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="54"/>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="81"/>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="61"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="64"/>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Certificats et clés (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="71"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="72"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="73"/>
        <source>Broker URL:</source>
        <translation>URL du broker :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="74"/>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="75"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="76"/>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="77"/>
        <source>Keep-alive:</source>
        <translation>Keep-alive :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="79"/>
        <source>CA certificate:</source>
        <translation>Certificat de l’AC :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="80"/>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="81"/>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="83"/>
        <source>Passwords are not kept in the project: TwinStudio asks for them when connecting and keeps them in the system keychain, or in memory until it quits.</source>
        <translation>Les mots de passe ne sont pas gardés dans le projet : TwinStudio les demande à la connexion et les garde dans le trousseau du système, ou en mémoire jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionprofiledialog.cpp" line="107"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionStatus</name>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="49"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="49"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="53"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="57"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="61"/>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="68"/>
        <source>%1: %2 message(s) received</source>
        <translation>%1 : %2 message(s) reçu(s)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionstatus.cpp" line="70"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::ConnectionsDialog</name>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="36"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="39"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="56"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="57"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="60"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="61"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="102"/>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="106"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="106"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="109"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="112"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="115"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="122"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="159"/>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="174"/>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/connectionsdialog.cpp" line="186"/>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTab</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="68"/>
        <source>Add tiles from the toolbar, or drag twins here from the topology.</source>
        <translation>Ajoutez des tuiles depuis la barre d&apos;outils ou glissez ici des jumeaux depuis la topologie.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="95"/>
        <source>Add Tile</source>
        <translation>Ajouter une tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="100"/>
        <source>Add a tile for the selected twin</source>
        <translation>Ajouter une tuile pour le jumeau sélectionné</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="167"/>
        <source>Add %1 Tile</source>
        <translation>Ajouter la tuile « %1 »</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="193"/>
        <source>Add Tiles for %1</source>
        <translation>Ajouter les tuiles de %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="226"/>
        <source>Remove Tile</source>
        <translation>Supprimer la tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="237"/>
        <source>Move Tile</source>
        <translation>Déplacer la tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="237"/>
        <source>Resize Tile</source>
        <translation>Redimensionner la tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="246"/>
        <source>Configure Tile</source>
        <translation>Configurer la tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="289"/>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtab.cpp" line="391"/>
        <source>Rooms by %1</source>
        <translation>Pièces par %1</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="137"/>
        <source>Gauge</source>
        <translation>Jauge</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="139"/>
        <source>Sparkline</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="141"/>
        <source>Room List</source>
        <translation>Liste de pièces</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtile.cpp" line="143"/>
        <source>Open Alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTileDialog</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="35"/>
        <source>Dashboard Tile</source>
        <translation>Tuile du tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="42"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="44"/>
        <source>made from the twin and the value</source>
        <translation>formé du jumeau et de la valeur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="45"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="50"/>
        <source>Twin:</source>
        <translation>Jumeau :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="52"/>
        <source>a telemetry name or a type such as Temperature</source>
        <translation>un nom de télémétrie ou un type tel que Temperature</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="53"/>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="55"/>
        <source>Latest value of the twin</source>
        <translation>Dernière valeur du jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="56"/>
        <source>Mean of the sensors below</source>
        <translation>Moyenne des capteurs en dessous</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="57"/>
        <source>Minimum of the sensors below</source>
        <translation>Minimum des capteurs en dessous</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="58"/>
        <source>Maximum of the sensors below</source>
        <translation>Maximum des capteurs en dessous</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="60"/>
        <source>Aggregate:</source>
        <translation>Agrégat :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="67"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="68"/>
        <source>Warning at:</source>
        <translation>Avertissement à :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="70"/>
        <source>none; below the warning when low values are bad</source>
        <translation>aucune ; sous l&apos;avertissement quand les valeurs basses sont mauvaises</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="71"/>
        <source>Alarm at:</source>
        <translation>Alarme à :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="73"/>
        <source>Gauge minimum:</source>
        <translation>Minimum de la jauge :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="75"/>
        <source>Gauge maximum:</source>
        <translation>Maximum de la jauge :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="76"/>
        <source>Lowest first</source>
        <translation>Les plus basses d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="78"/>
        <source>Order:</source>
        <translation>Ordre :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtiledialog.cpp" line="82"/>
        <source>Rooms shown:</source>
        <translation>Pièces affichées :</translation>
    </message>
</context>
<context>
    <name>twin::ui::DashboardTileWidget</name>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="49"/>
        <source>Drag to move; right-click to configure, resize or remove</source>
        <translation>Glisser pour déplacer ; clic droit pour configurer, redimensionner ou supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="55"/>
        <source>Configure…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="59"/>
        <source>Move Left</source>
        <translation>Vers la gauche</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="60"/>
        <source>Move Right</source>
        <translation>Vers la droite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="61"/>
        <source>Move Up</source>
        <translation>Vers le haut</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Vers le bas</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="63"/>
        <source>Wider</source>
        <translation>Plus large</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="64"/>
        <source>Narrower</source>
        <translation>Plus étroite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="65"/>
        <source>Taller</source>
        <translation>Plus haute</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="66"/>
        <source>Shorter</source>
        <translation>Moins haute</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="70"/>
        <source>Remove Tile</source>
        <translation>Supprimer la tuile</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="133"/>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="292"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="135"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="136"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="137"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="139"/>
        <source>%1 of %n sensors, %2</source>
        <translation>
            <numerusform>%1 de %n capteur, %2</numerusform>
            <numerusform>%1 de %n capteurs, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="334"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/dashboard/dashboardtilewidget.cpp" line="334"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="235"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="285"/>
        <source>Breakpoint Condition</source>
        <translation>Condition du point d’arrêt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functioncodeeditor.cpp" line="286"/>
        <source>Pause at line %1 when (a JavaScript expression, empty: always):</source>
        <translation>S’arrêter à la ligne %1 quand (une expression JavaScript, vide : toujours) :</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionDebugPanel</name>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="23"/>
        <source>Step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="24"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="25"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="30"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="33"/>
        <source>Run to the next statement</source>
        <translation>Exécuter jusqu’à l’instruction suivante</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="34"/>
        <source>Run to the next breakpoint or the end</source>
        <translation>Exécuter jusqu’au prochain point d’arrêt ou jusqu’à la fin</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="35"/>
        <source>End the debug run</source>
        <translation>Terminer l’exécution de débogage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="36"/>
        <source>Click the margin left of a line for a breakpoint, Shift+click for one with a condition, then debug a value or recorded history.</source>
        <translation>Cliquez dans la marge à gauche d’une ligne pour un point d’arrêt, Maj+clic pour un point d’arrêt conditionnel, puis déboguez une valeur ou l’historique enregistré.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="40"/>
        <source>the triggering message&apos;s payload</source>
        <translation>le contenu du message déclencheur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="41"/>
        <source>Edit the payload of the message being processed; Step or Continue goes on with it</source>
        <translation>Modifier le contenu du message en cours de traitement ; Pas à pas ou Continuer reprend avec lui</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="53"/>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="69"/>
        <source>The run finished.</source>
        <translation>L’exécution est terminée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="101"/>
        <source>Running over %n message(s)…</source>
        <translation>
            <numerusform>Exécution sur %n message…</numerusform>
            <numerusform>Exécution sur %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="110"/>
        <source>Paused at line %1, message of %2: %3</source>
        <translation>Arrêté à la ligne %1, message de %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functiondebugpanel.cpp" line="129"/>
        <source>The edited message cannot be used: %1</source>
        <translation>Le message modifié ne peut pas être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionFindBar</name>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="22"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="27"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="30"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="31"/>
        <source>Find Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="32"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="33"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="34"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="102"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/functionfindbar.cpp" line="126"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionListModel</name>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="99"/>
        <source>whole project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="103"/>
        <source>every sensor</source>
        <translation>tous les capteurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="106"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="106"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="121"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="122"/>
        <source>Assigned to</source>
        <translation>Affectée à</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="123"/>
        <source>Matchers</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="124"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="125"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="126"/>
        <source>Invocations</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="127"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="128"/>
        <source>Mean time</source>
        <translation>Temps moyen</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="129"/>
        <source>p99 time</source>
        <translation>Temps p99</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionlistmodel.cpp" line="130"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionSettingsPanel</name>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="39"/>
        <source>Selected in Topology</source>
        <translation>Sélection de la topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="40"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="49"/>
        <source>The twin whose subtree the function runs for; type to filter the list</source>
        <translation>Le jumeau dont le sous-arbre déclenche la fonction ; tapez pour filtrer la liste</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="50"/>
        <source>the whole project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="53"/>
        <source>Assign the function to the twin selected in the topology tree</source>
        <translation>Affecter la fonction au jumeau sélectionné dans l&apos;arbre de topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="57"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="59"/>
        <source>The function runs for a sensor when all conditions of any of its matchers hold</source>
        <translation>La fonction s&apos;exécute pour un capteur quand toutes les conditions de l&apos;un de ses filtres sont remplies</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="61"/>
        <source>Add Matcher</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="62"/>
        <source>Add Condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="63"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="69"/>
        <source>Assigned to</source>
        <translation>Affectée à</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="75"/>
        <source>Matchers</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="157"/>
        <source>Whether the function runs live</source>
        <translation>Si la fonction s&apos;exécute en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="158"/>
        <source>Disabled by the runtime: %1</source>
        <translation>Désactivée par l&apos;exécution : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="162"/>
        <source>Matcher %1</source>
        <translation>Filtre %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="166"/>
        <source>(every sensor)</source>
        <translation>(tout capteur)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="181"/>
        <source>Sensor: the sensor; SensorDevice: its device; SensorSpace: its space</source>
        <translation>Sensor : le capteur ; SensorDevice : son appareil ; SensorSpace : son espace</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="187"/>
        <source>A JSON path into the target&apos;s metadata and properties</source>
        <translation>Un chemin JSON dans les métadonnées et propriétés de la cible</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="196"/>
        <source>The value compared with; the list holds the project&apos;s data types</source>
        <translation>La valeur comparée ; la liste contient les types de données du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsettingspanel.cpp" line="284"/>
        <source>There is no twin &apos;%1&apos;</source>
        <translation>Il n&apos;y a pas de jumeau « %1 »</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsDock</name>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="15"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="31"/>
        <source>&amp;New Function</source>
        <translation>&amp;Nouvelle fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="33"/>
        <source>Write a user-defined function for this project</source>
        <translation>Écrire une fonction définie par l’utilisateur pour ce projet</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsView</name>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="147"/>
        <source>New Function…</source>
        <translation>Nouvelle fonction…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="150"/>
        <source>Write a new function: its name, the sensors it runs for and its space</source>
        <translation>Écrire une nouvelle fonction : son nom, les capteurs pour lesquels elle s&apos;exécute et son espace</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="151"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="425"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="431"/>
        <source>Delete Function</source>
        <translation>Supprimer la fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="154"/>
        <source>Remove the function from the project (one undo step)</source>
        <translation>Retirer la fonction du projet (une étape d&apos;annulation)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="156"/>
        <source>Save Function</source>
        <translation>Enregistrer la fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="158"/>
        <source>Store the edited source in the project (one undo step)</source>
        <translation>Enregistrer le source modifié dans le projet (une étape d’annulation)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="159"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="161"/>
        <source>Run Tests</source>
        <translation>Lancer les tests</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="162"/>
        <source>Run the function&apos;s test cases on the edited source</source>
        <translation>Lancer les cas de test de la fonction sur le source modifié</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="163"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="166"/>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="190"/>
        <source>Dry run:</source>
        <translation>Essai à blanc :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="192"/>
        <source>payload, e.g. {&quot;SensorValue&quot;: 21.5}</source>
        <translation>charge utile, p. ex. {&quot;SensorValue&quot;: 21.5}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="194"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="202"/>
        <source>Debug</source>
        <translation>Déboguer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="203"/>
        <source>Run the value through the edited text, stopping at its breakpoints</source>
        <translation>Faire passer la valeur par le texte modifié en s’arrêtant à ses points d’arrêt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="223"/>
        <source>Recorded history from</source>
        <translation>Historique enregistré du</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="225"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="228"/>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="234"/>
        <source>the function&apos;s twins</source>
        <translation>les jumeaux de la fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="235"/>
        <source>The twin whose subtree&apos;s readings are run (a sensor: its own); empty: the function&apos;s assigned twin</source>
        <translation>Le jumeau dont les mesures du sous-arbre sont exécutées (un capteur : les siennes) ; vide : le jumeau auquel la fonction est affectée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="240"/>
        <source>Debug History</source>
        <translation>Déboguer l’historique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="241"/>
        <source>Run the readings recorded for the function&apos;s twins through the edited text, stopping at its breakpoints</source>
        <translation>Faire passer les mesures enregistrées pour les jumeaux de la fonction par le texte modifié en s’arrêtant à ses points d’arrêt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="213"/>
        <source>or the last</source>
        <translation>ou les derniers</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="217"/>
        <source>Live Messages</source>
        <translation>Messages en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="219"/>
        <source>Run the latest live messages of the function&apos;s sensors through the edited text, stopping at its breakpoints</source>
        <translation>Exécuter les derniers messages en direct des capteurs de la fonction avec le texte modifié, en s&apos;arrêtant à ses points d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="267"/>
        <source>Previous Call</source>
        <translation>Appel précédent</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="270"/>
        <source>Step back through the trace to the previous call (F7)</source>
        <translation>Revenir dans la trace à l&apos;appel précédent (F7)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="271"/>
        <source>Next Call</source>
        <translation>Appel suivant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="274"/>
        <source>Step forward through the trace to the next call (F8)</source>
        <translation>Avancer dans la trace à l&apos;appel suivant (F8)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="281"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="588"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="282"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="283"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="284"/>
        <source>Debugger</source>
        <translation>Débogueur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="285"/>
        <source>Matchers and Assignment</source>
        <translation>Filtres et affectation</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="380"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="392"/>
        <source>Unsaved Function</source>
        <translation>Fonction non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="381"/>
        <source>The function %1 has changes that are not saved. Save them?</source>
        <translation>La fonction %1 a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="412"/>
        <source>New Function</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="412"/>
        <source>Cannot add function %1: %2</source>
        <translation>Impossible d&apos;ajouter la fonction %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="426"/>
        <source>Delete function %1 from the project? Edit → Undo brings it back.</source>
        <translation>Supprimer la fonction %1 du projet ? Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="431"/>
        <source>Cannot delete function %1: %2</source>
        <translation>Impossible de supprimer la fonction %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="530"/>
        <source>No functions yet: New Function… makes one from a sensor type and the space it watches. While live it runs on every matching reading.</source>
        <translation>Aucune fonction pour l’instant : Nouvelle fonction… en crée une à partir d’un type de capteur et de l’espace qu’elle surveille. En direct, elle s’exécute à chaque mesure correspondante.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="532"/>
        <source>Pick a function in the list to edit it, or New Function… to make another.</source>
        <translation>Choisissez une fonction dans la liste pour la modifier, ou Nouvelle fonction… pour en créer une autre.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="534"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="544"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="644"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="674"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="710"/>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="726"/>
        <source>No function selected</source>
        <translation>Aucune fonction sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="535"/>
        <source>%1.js (unsaved changes)</source>
        <translation>%1.js (modifications non enregistrées)</translation>
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
            <numerusform>%n échec dans l’exécution en direct, le dernier : %1</numerusform>
            <numerusform>%n échecs dans l’exécution en direct, le dernier : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="585"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="585"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="588"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="602"/>
        <source>PASS %1</source>
        <translation>RÉUSSI %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="606"/>
        <source>FAIL %1</source>
        <translation>ÉCHEC %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="611"/>
        <source>The function has no test cases.</source>
        <translation>La fonction n’a aucun cas de test.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="621"/>
        <source>Type the reading to run in the payload field, e.g. {&quot;SensorValue&quot;: 21.5}</source>
        <translation>Saisissez la mesure à exécuter dans le champ de charge utile, p. ex. {&quot;SensorValue&quot;: 21.5}</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="708"/>
        <source>The project is not saved, so it has no recorded history</source>
        <translation>Le projet n’est pas enregistré, il n’a donc pas d’historique enregistré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="714"/>
        <source>Nothing was recorded in that time</source>
        <translation>Rien n’a été enregistré pendant cette période</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="728"/>
        <source>No live session keeps messages here</source>
        <translation>Aucune session en direct ne conserve de messages ici</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="735"/>
        <source>No live message of the function&apos;s sensors yet: start Live first</source>
        <translation>Aucun message en direct des capteurs de la fonction pour l&apos;instant : démarrez d&apos;abord le direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="768"/>
        <source>log: %1</source>
        <translation>journal : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="770"/>
        <source>would set %1.%2 = %3</source>
        <translation>définirait %1.%2 = %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="772"/>
        <source>would notify %1 %2: %3</source>
        <translation>notifierait %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/functionsview.cpp" line="774"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
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
        <translation>Historique partagé</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="22"/>
        <source>Where charts, the time cursor and functions read this project&apos;s history, and where a live run records it. Leave empty for the file beside the project, give another file, or a shared history that recorders fill: postgresql://user@host:port/database. The password comes from PGPASSWORD, PGPASSFILE or ~/.pgpass, never from the project.</source>
        <translation>Où les graphiques, le curseur temporel et les fonctions lisent l’historique de ce projet, et où une exécution en direct l’enregistre. Laissez vide pour le fichier à côté du projet, indiquez un autre fichier, ou un historique partagé que remplissent des enregistreurs : postgresql://utilisateur@hôte:port/base. Le mot de passe vient de PGPASSWORD, PGPASSFILE ou ~/.pgpass, jamais du projet.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="31"/>
        <source>The file beside the project</source>
        <translation>Le fichier à côté du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/historylocationdialog.cpp" line="47"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorActions</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="35"/>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="98"/>
        <source>Add Entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="36"/>
        <source>Remove Entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="37"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="38"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="39"/>
        <source>Edit as JSON…</source>
        <translation>Modifier en JSON…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="42"/>
        <source>Add an entry to the map or an element to the array</source>
        <translation>Ajouter une entrée à la map ou un élément au tableau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="99"/>
        <source>Key of the new entry of %1:</source>
        <translation>Clé de la nouvelle entrée de %1 :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="136"/>
        <source>Edit as JSON</source>
        <translation>Modifier en JSON</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectoractions.cpp" line="137"/>
        <source>Value of %1 as JSON:</source>
        <translation>Valeur de %1 en JSON :</translation>
    </message>
</context>
<context>
    <name>twin::ui::InspectorDelegate</name>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="125"/>
        <source>e.g. PT15M, P1DT12H</source>
        <translation>p. ex. PT15M, P1DT12H</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="126"/>
        <source>An ISO 8601 duration: P, then years (Y), months (M), weeks (W), days (D); T, then hours (H), minutes (M), seconds (S). PT1H30M is 1 hour 30 minutes.</source>
        <translation>Une durée ISO 8601 : P, puis années (Y), mois (M), semaines (W), jours (D) ; T, puis heures (H), minutes (M), secondes (S). PT1H30M vaut 1 heure 30 minutes.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordelegate.cpp" line="134"/>
        <source>JSON, e.g. {&quot;x&quot;: 1}</source>
        <translation>JSON, p. ex. {&quot;x&quot;: 1}</translation>
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
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="33"/>
        <source>Add Relationship…</source>
        <translation>Ajouter une relation…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="34"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="80"/>
        <source>Add a relationship the twin&apos;s model allows</source>
        <translation>Ajouter une relation permise par le modèle du jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="82"/>
        <source>Remove the selected relationship</source>
        <translation>Supprimer la relation sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="127"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="129"/>
        <source>Show this telemetry on the chart</source>
        <translation>Afficher cette télémétrie sur le graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="175"/>
        <source>Select a twin in the topology or on the plan to see its properties.</source>
        <translation>Sélectionnez un jumeau dans la topologie ou sur le plan pour voir ses propriétés.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="201"/>
        <source>Cannot add the relationship: %1</source>
        <translation>Impossible d’ajouter la relation : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="210"/>
        <source>Cannot remove the relationship: %1</source>
        <translation>Impossible de supprimer la relation : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InterchangeActions</name>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="72"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>All topology files</source>
        <translation type="vanished">Tous les fichiers de topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="138"/>
        <source>Import Topology</source>
        <translation>Importer une topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="157"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="181"/>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="300"/>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="182"/>
        <source>Nothing was imported from %1: it has %n problem(s).</source>
        <translation>
            <numerusform>Rien n’a été importé de %1 : le fichier a %n problème.</numerusform>
            <numerusform>Rien n’a été importé de %1 : le fichier a %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124"/>
        <source>All topology files (%1)</source>
        <translation>Tous les fichiers de topologie (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="251"/>
        <source>Export Topology</source>
        <translation>Exporter la topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="191"/>
        <source>Models Differ</source>
        <translation>Les modèles diffèrent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="192"/>
        <source>%1 defines %n model(s) that the project already has with another definition.</source>
        <translation>
            <numerusform>%1 définit %n modèle que le projet a déjà avec une autre définition.</numerusform>
            <numerusform>%1 définit %n modèles que le projet a déjà avec une autre définition.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="265"/>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="197"/>
        <source>Keep the project&apos;s definitions, or replace them with the file&apos;s?</source>
        <translation>Garder les définitions du projet, ou les remplacer par celles du fichier ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="270"/>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="270"/>
        <source>%1 could not be written:
%2</source>
        <translation>Impossible d’écrire %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="199"/>
        <source>&amp;Keep the Project&apos;s</source>
        <translation>&amp;Garder celles du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="201"/>
        <source>&amp;Replace with the File&apos;s</source>
        <translation>&amp;Remplacer par celles du fichier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="280"/>
        <source>Import Ontology Folder</source>
        <translation>Importer un dossier d’ontologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="285"/>
        <source>Import Ontology Files</source>
        <translation>Importer des fichiers d’ontologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="286"/>
        <source>DTDL files (*.json)</source>
        <translation>Fichiers DTDL (*.json)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="215"/>
        <source>Import What Is Valid?</source>
        <translation>Importer ce qui est valide ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="216"/>
        <source>%1 has %n problem(s), so it cannot be imported whole.</source>
        <translation>
            <numerusform>%1 a %n problème, il ne peut donc pas être importé en entier.</numerusform>
            <numerusform>%1 a %n problèmes, il ne peut donc pas être importé en entier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="219"/>
        <source>Import every valid twin and relationship and leave the others out?</source>
        <translation>Importer chaque jumeau et chaque relation valides et laisser les autres de côté ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="221"/>
        <source>&amp;Import What Is Valid</source>
        <translation>&amp;Importer ce qui est valide</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="301"/>
        <source>No interface was loaded: the ontology has %n problem(s).</source>
        <translation>
            <numerusform>Aucune interface n’a été chargée : l’ontologie a %n problème.</numerusform>
            <numerusform>Aucune interface n’a été chargée : l’ontologie a %n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="307"/>
        <source>Loaded %n interface(s)</source>
        <translation>
            <numerusform>%n interface chargée</numerusform>
            <numerusform>%n interfaces chargées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="238"/>
        <source>Imported with Omissions</source>
        <translation>Importé avec des omissions</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="239"/>
        <source>%1 was imported; %n twin(s) or relationship(s) were left out.</source>
        <translation>
            <numerusform>%1 a été importé ; %n jumeau ou relation a été laissé de côté.</numerusform>
            <numerusform>%1 a été importé ; %n jumeaux ou relations ont été laissés de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::LanguageMenu</name>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="20"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="26"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/languagemenu.cpp" line="35"/>
        <source>Takes effect when TwinStudio starts next</source>
        <translation>Prend effet au prochain démarrage de TwinStudio</translation>
    </message>
</context>
<context>
    <name>twin::ui::LiveControls</name>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="59"/>
        <source>&amp;Live</source>
        <translation>&amp;Direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="60"/>
        <source>&amp;Connect to Broker…</source>
        <translation>Se &amp;connecter au broker…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="62"/>
        <source>Receive live telemetry from an MQTT broker</source>
        <translation>Recevoir la télémétrie en direct d’un broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="64"/>
        <source>Run &amp;Simulator</source>
        <translation>Lancer le &amp;simulateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="65"/>
        <source>Simulated telemetry for every sensor of the project, without a broker</source>
        <translation>Télémétrie simulée pour chaque capteur du projet, sans broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="66"/>
        <source>Connect &amp;Project Connections</source>
        <translation>Connecter les connexions du &amp;projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="72"/>
        <source>Connect to every broker of the project&apos;s connections at once</source>
        <translation>Se connecter en même temps à tous les brokers des connexions du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="73"/>
        <source>C&amp;onnections…</source>
        <translation>C&amp;onnexions…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="75"/>
        <source>The project&apos;s brokers: add, edit, connect and disconnect each one</source>
        <translation>Les brokers du projet : ajouter, modifier, connecter et déconnecter chacun</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="76"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="79"/>
        <source>&amp;Record to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="81"/>
        <source>Write every raw message of this session to a capture file, for replay</source>
        <translation>Écrire chaque message brut de cette session dans un fichier de capture, pour le rejouer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="83"/>
        <source>Re&amp;play Capture…</source>
        <translation>Re&amp;jouer une capture…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="85"/>
        <source>Feed a recorded capture through the pipeline and the functions, at its pace or faster</source>
        <translation>Faire passer une capture par le pipeline et les fonctions, à son rythme ou plus vite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="87"/>
        <source>&amp;Trust Project Functions</source>
        <translation>Faire &amp;confiance aux fonctions du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="88"/>
        <source>Run the functions of this project, which comes from another source</source>
        <translation>Exécuter les fonctions de ce projet, qui vient d’une autre source</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="94"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="418"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="111"/>
        <source>Function %1 was disabled: %2</source>
        <translation>La fonction %1 a été désactivée : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="136"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="248"/>
        <source>The system keychain did not take the password (%1): it is kept until TwinStudio quits.</source>
        <translation>Le trousseau du système n’a pas accepté le mot de passe (%1) : il est gardé jusqu’à la fermeture de TwinStudio.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="142"/>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="155"/>
        <source>Passphrase of the key %1:</source>
        <translation>Phrase secrète de la clé %1 :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="270"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="283"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="301"/>
        <source>Record to File</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="270"/>
        <source>Cannot record to %1:
%2</source>
        <translation>Impossible d’enregistrer dans %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="392"/>
        <source>Connections: %1</source>
        <translation>Connexions : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="146"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="251"/>
        <source>Password for %1 at %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="305"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="315"/>
        <source>Captures (*.capture);;All files (*)</source>
        <translation>Captures (*.capture);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="313"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="323"/>
        <source>Replay Capture</source>
        <translation>Rejouer une capture</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>At the recorded pace</source>
        <translation>Au rythme enregistré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>10× faster</source>
        <translation>10× plus vite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>100× faster</source>
        <translation>100× plus vite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="319"/>
        <source>1000× faster</source>
        <translation>1000× plus vite</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="320"/>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="323"/>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="251"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="335"/>
        <location filename="../app/twinstudio/livecontrols.cpp" line="342"/>
        <source>Connect to Broker</source>
        <translation>Se connecter au broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="284"/>
        <source>The recording %1 is incomplete:
%2</source>
        <translation>L’enregistrement %1 est incomplet :
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="336"/>
        <source>Broker URL (mqtt://host:port or mqtts://host:port):</source>
        <translation>URL du broker (mqtt://hôte:port ou mqtts://hôte:port) :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="343"/>
        <source>“%1” is not a broker URL. Write it as mqtt://host:port, or mqtts://host:port for TLS.</source>
        <translation>« %1 » n’est pas une URL de broker. Écrivez-la mqtt://hôte:port, ou mqtts://hôte:port pour TLS.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="357"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="361"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="365"/>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="369"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="374"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="380"/>
        <source>%1 · %n outage(s), %2 s without broker</source>
        <translation>
            <numerusform>%1 · %n coupure, %2 s sans broker</numerusform>
            <numerusform>%1 · %n coupures, %2 s sans broker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="386"/>
        <source>Not connected to an MQTT broker</source>
        <translation>Non connecté à un broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="388"/>
        <source>Source: the built-in simulator</source>
        <translation>Source : le simulateur intégré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="390"/>
        <source>Replaying the capture %1</source>
        <translation>Relecture de la capture %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="394"/>
        <source>Broker: %1</source>
        <translation>Broker : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/livecontrols.cpp" line="396"/>
        <source>Connection lost %n time(s), %1 s without broker in all; %2 messages sent again were stored once</source>
        <translation>
            <numerusform>Connexion perdue %n fois, %1 s sans broker au total ; %2 messages renvoyés ont été enregistrés une seule fois</numerusform>
            <numerusform>Connexion perdue %n fois, %1 s sans broker au total ; %2 messages renvoyés ont été enregistrés une seule fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="402"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="420"/>
        <source>Messages per second over the last second
received %1, malformed %2, unbound %3, dropped %4
function invocations %5, failed %6, notifications %7</source>
        <translation>Messages par seconde sur la dernière seconde
reçus %1, mal formés %2, non liés %3, abandonnés %4
appels de fonctions %5, en échec %6, notifications %7</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="432"/>
        <source>REC %1</source>
        <translation>ENR. %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="433"/>
        <source>Recording the raw messages of this session to a capture file</source>
        <translation>Enregistrement des messages bruts de cette session dans un fichier de capture</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="445"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="450"/>
        <source>This project contains functions from another source. Trust and run them?</source>
        <translation>Ce projet contient des fonctions d’une autre source. Leur faire confiance et les exécuter ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="454"/>
        <source>Trust and Run</source>
        <translation>Faire confiance et exécuter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="456"/>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="467"/>
        <source>Trust Project Functions</source>
        <translation>Confiance aux fonctions du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="468"/>
        <source>The trust could not be remembered: %1</source>
        <translation>La confiance n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::MainWindow</name>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="90"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="110"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>3D view of the building</source>
        <translation type="vanished">Vue 3D du bâtiment</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="112"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Charts of live telemetry</source>
        <translation type="vanished">Graphiques de la télémétrie en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="168"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="117"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>User-defined functions</source>
        <translation type="vanished">Fonctions définies par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="135"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="221"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="224"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="227"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="230"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="233"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="239"/>
        <source>&amp;Import Topology…</source>
        <translation>&amp;Importer une topologie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="241"/>
        <source>Add twins, relationships and models from an Azure Digital Twins, ADT Explorer or TwinStudio file, as one undoable step</source>
        <translation>Ajouter jumeaux, relations et modèles d’un fichier Azure Digital Twins, ADT Explorer ou TwinStudio, en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="243"/>
        <source>&amp;Export Topology…</source>
        <translation>E&amp;xporter la topologie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="252"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="255"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="245"/>
        <source>Import &amp;Ontology</source>
        <translation>Importer une on&amp;tologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="247"/>
        <source>DTDL &amp;Files…</source>
        <translation>&amp;Fichiers DTDL…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="248"/>
        <source>Load DTDL interfaces from JSON files, as one undoable step</source>
        <translation>Charger des interfaces DTDL depuis des fichiers JSON, en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="259"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="249"/>
        <source>DTDL F&amp;older…</source>
        <translation>D&amp;ossier DTDL…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="250"/>
        <source>Load every DTDL file in a folder and its subfolders (e.g. RealEstateCore)</source>
        <translation>Charger chaque fichier DTDL d’un dossier et de ses sous-dossiers (par ex. RealEstateCore)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="276"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="298"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="311"/>
        <source>&amp;About TwinStudio</source>
        <translation>À &amp;propos de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="312"/>
        <source>About TwinStudio</source>
        <translation>À propos de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="313"/>
        <source>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Design and monitor digital twins of buildings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Concevoir et surveiller les jumeaux numériques de bâtiments.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="267"/>
        <source>Ontology &amp;Categories…</source>
        <translation>&amp;Catégories de l’ontologie…</translation>
    </message>
    <message>
        <source>The 3D view will show the building floor by floor, with its rooms coloured by live values.</source>
        <translation type="vanished">La vue 3D montrera le bâtiment étage par étage, ses pièces colorées selon les valeurs en direct.</translation>
    </message>
    <message>
        <source>Charts will plot the live and recorded telemetry of the selected twins.</source>
        <translation type="vanished">Les graphiques traceront la télémétrie en direct et enregistrée des jumeaux sélectionnés.</translation>
    </message>
    <message>
        <source>The dashboard will gather gauges, charts and alerts of the site on one page.</source>
        <translation type="vanished">Le tableau de bord réunira jauges, graphiques et alertes du site sur une page.</translation>
    </message>
    <message>
        <source>The function editor will write, test and debug user-defined functions.</source>
        <translation type="vanished">L’éditeur de fonctions permettra d’écrire, tester et déboguer les fonctions définies par l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="268"/>
        <source>Choose which interfaces make twins spaces, devices, sensors or people</source>
        <translation>Choisir quelles interfaces font des jumeaux des espaces, des appareils, des capteurs ou des personnes</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="269"/>
        <source>Telemetry &amp;Bindings…</source>
        <translation>&amp;Liaisons de télémétrie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="270"/>
        <source>List, edit and delete the bindings of topics and payload fields to twins</source>
        <translation>Lister, modifier et supprimer les liaisons des topics et des champs de charge utile aux jumeaux</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="271"/>
        <source>&amp;Alert Rules…</source>
        <translation>Règles d&apos;a&amp;lerte…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="274"/>
        <source>Alerts without code: a value above, below or outside a range, or no data, on a twin or a type</source>
        <translation>Alertes sans code : une valeur au-dessus, en dessous ou hors d&apos;une plage, ou pas de données, sur un jumeau ou un type</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="285"/>
        <source>Colour &amp;Rules…</source>
        <translation>&amp;Règles de couleur…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="288"/>
        <source>The rules the plan and the 3D view colour rooms by</source>
        <translation>Les règles selon lesquelles le plan et la vue 3D colorent les pièces</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="293"/>
        <source>The language changes when TwinStudio starts next</source>
        <translation>La langue change au prochain démarrage de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="299"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="305"/>
        <source>How to use TwinStudio: the user guide and its pages</source>
        <translation>Comment utiliser TwinStudio : le guide de l’utilisateur et ses pages</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="306"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="307"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="322"/>
        <source>Select and move</source>
        <translation>Sélectionner et déplacer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="323"/>
        <source>Rectangle room</source>
        <translation>Pièce rectangulaire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="324"/>
        <source>Polygon room (click the first corner to close)</source>
        <translation>Pièce polygonale (cliquer le premier coin pour la fermer)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="325"/>
        <source>Wall (double-click ends)</source>
        <translation>Mur (un double-clic termine)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="326"/>
        <source>Door (click on a wall)</source>
        <translation>Porte (cliquer sur un mur)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="327"/>
        <source>Dimension line</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="328"/>
        <source>Calibrate the background</source>
        <translation>Étalonner l’arrière-plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="329"/>
        <source>Flip the selected doors&apos; swing / hinge</source>
        <translation>Inverser le sens / les gonds des portes sélectionnées</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="330"/>
        <source>Place points without magnetism</source>
        <translation>Placer les points sans magnétisme</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="331"/>
        <source>Type the next segment&apos;s length and angle</source>
        <translation>Saisir la longueur et l’angle du segment suivant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="332"/>
        <source>Zoom to fit the floor</source>
        <translation>Zoomer sur tout l’étage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="333"/>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="337"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="338"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="344"/>
        <source>The user guide is the &quot;Using TwinStudio&quot; section of README.md.</source>
        <translation>Le guide d’utilisation est la section « Using TwinStudio » de README.md.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="398"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="428"/>
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="429"/>
        <source>%1 could not be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="454"/>
        <source>Recover Unsaved Changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="455"/>
        <source>%1 has unsaved changes from %2 that were not saved, probably because TwinStudio stopped unexpectedly. Recover them?</source>
        <translation>%1 a des modifications du %2 qui n’ont pas été enregistrées, sans doute parce que TwinStudio s’est arrêté de façon inattendue. Les récupérer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="411"/>
        <source>Create Project?</source>
        <translation>Créer le projet ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="236"/>
        <source>Shared &amp;History…</source>
        <translation>&amp;Historique partagé…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="237"/>
        <source>Read and record the project&apos;s history in another file or a shared PostgreSQL history</source>
        <translation>Lire et enregistrer l’historique du projet dans un autre fichier ou un historique PostgreSQL partagé</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="334"/>
        <source>Play or pause the time cursor</source>
        <translation>Lire ou mettre en pause le curseur temporel</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="335"/>
        <source>Step the time cursor back / forward</source>
        <translation>Reculer / avancer le curseur temporel d’un pas</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="336"/>
        <source>Back to live values</source>
        <translation>Revenir aux valeurs en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="412"/>
        <source>%1 does not exist. Create a new project there?</source>
        <translation>%1 n’existe pas. Y créer un nouveau projet ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="462"/>
        <location filename="../app/twinstudio/mainwindow.cpp" line="481"/>
        <source>Recovery Failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="475"/>
        <source>Recover Unsaved Project?</source>
        <translation>Récupérer le projet non enregistré ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="476"/>
        <source>An unsaved project from %1 was left behind when TwinStudio stopped unexpectedly. Recover it?</source>
        <translation>Un projet non enregistré du %1 est resté lorsque TwinStudio s’est arrêté de façon inattendue. Le récupérer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="515"/>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="531"/>
        <source>Cannot Save Project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="532"/>
        <source>%1 could not be saved:
%2</source>
        <translation>Impossible d’enregistrer %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="536"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="545"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="546"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Le projet a des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="555"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
            <numerusform>%n jumeau sélectionné</numerusform>
            <numerusform>%n jumeaux sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twin::ui::NewFunctionDialog</name>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="30"/>
        <source>New Function</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="40"/>
        <source>The function&apos;s name, also the name of its file (NAME.js) in exports</source>
        <translation>Le nom de la fonction, aussi celui de son fichier (NOM.js) dans les exports</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="45"/>
        <source>%1 (%n sensor(s))</source>
        <translation>
            <numerusform>%1 (%n capteur)</numerusform>
            <numerusform>%1 (%n capteurs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="46"/>
        <source>Every sensor</source>
        <translation>Chaque capteur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="47"/>
        <source>The function runs for the readings of these sensors (a matcher you can change in Matchers and Assignment)</source>
        <translation>La fonction s&apos;exécute pour les mesures de ces capteurs (un matcher modifiable dans « Matchers et affectation »)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="68"/>
        <source>The function runs for the sensors of this space and of everything it contains</source>
        <translation>La fonction s&apos;exécute pour les capteurs de cet espace et de tout ce qu&apos;il contient</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="75"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="76"/>
        <source>Runs for:</source>
        <translation>S&apos;exécute pour :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="77"/>
        <source>Assigned to:</source>
        <translation>Affectée à :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="110"/>
        <source>A function needs a name.</source>
        <translation>Une fonction doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="112"/>
        <source>A function named &apos;%1&apos; already exists.</source>
        <translation>Une fonction nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/functions/newfunctiondialog.cpp" line="114"/>
        <source>A name holds letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only: it is the name of the function&apos;s file.</source>
        <translation>Un nom ne contient que des lettres, des chiffres, « _ », « - » et « . » : c&apos;est le nom du fichier de la fonction.</translation>
    </message>
</context>
<context>
    <name>twin::ui::NotificationsDock</name>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="41"/>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="222"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications raised by the project&apos;s functions while live</source>
        <translation type="vanished">Notifications émises par les fonctions du projet en direct</translation>
    </message>
    <message>
        <source>Notifications raised by the project&apos;s functions while live; double-click one to show its twin in 3D</source>
        <translation type="vanished">Notifications émises par les fonctions du projet en direct ; double-cliquer sur l&apos;une d&apos;elles pour montrer son jumeau en 3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="80"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="107"/>
        <source>No notifications yet: they appear here while live (Live → Connect to Broker… or Run Simulator) when an alert rule (Edit → Alert Rules…) or a function raises one.</source>
        <translation>Aucune notification pour l’instant : elles apparaissent ici en direct (Direct → Se connecter au broker… ou Lancer le simulateur) quand une règle d’alerte (Édition → Règles d’alerte…) ou une fonction en lève une.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="222"/>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="65"/>
        <source>Notifications and alerts raised while live; double-click one to show its twin on the plan and in 3D</source>
        <translation>Notifications et alertes levées en direct ; double-cliquez pour montrer le jumeau sur le plan et en 3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="73"/>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="75"/>
        <source>Acknowledge the selected alerts with a comment</source>
        <translation>Acquitter les alertes sélectionnées avec un commentaire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="77"/>
        <source>Clear Alert</source>
        <translation>Lever l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="78"/>
        <source>Mark the selected alerts as cleared</source>
        <translation>Marquer les alertes sélectionnées comme levées</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="81"/>
        <source>Empty the list (the history file keeps the alerts)</source>
        <translation>Vider la liste (le fichier d&apos;historique garde les alertes)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="99"/>
        <source>Alerts not cleared, by severity</source>
        <translation>Alertes non levées, par gravité</translation>
    </message>
    <message>
        <source>No notifications yet: they appear here while live (Live → Connect to Broker… or --simulate) when an alert rule raises or a twin reports one.</source>
        <translation type="vanished">Aucune notification pour l’instant : elles apparaissent ici en direct (Direct → Se connecter au broker… ou --simulate) quand une règle d’alerte se déclenche ou qu’un jumeau en signale une.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="122"/>
        <source>All severities</source>
        <translation>Toutes gravités</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="123"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="124"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="125"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="130"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="131"/>
        <source>Not cleared</source>
        <translation>Non levées</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="132"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="133"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="134"/>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="139"/>
        <source>Twin</source>
        <translation>Jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="144"/>
        <source>Search text</source>
        <translation>Rechercher du texte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="201"/>
        <source>Acknowledge Alerts</source>
        <translation>Acquitter les alertes</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="201"/>
        <source>Comment (kept with the acknowledgement):</source>
        <translation>Commentaire (gardé avec l&apos;acquittement) :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="224"/>
        <source>Alerts: &lt;span style=&quot;color:#d62728&quot;&gt;%1 critical&lt;/span&gt; · &lt;span style=&quot;color:#c98a00&quot;&gt;%2 warning&lt;/span&gt; · %3 info</source>
        <translation>Alertes : &lt;span style=&quot;color:#d62728&quot;&gt;%1 critiques&lt;/span&gt; · &lt;span style=&quot;color:#c98a00&quot;&gt;%2 avertissements&lt;/span&gt; · %3 info</translation>
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
        <translation>Rechercher des types</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="36"/>
        <source>Drag a device or sensor type onto a room of the plan</source>
        <translation>Faire glisser un type d’appareil ou de capteur sur une pièce du plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="67"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="67"/>
        <source>Add to the Selected Twin</source>
        <translation>Ajouter au jumeau sélectionné</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="75"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="75"/>
        <source>Cannot add: %1</source>
        <translation>Impossible d’ajouter : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PayloadView</name>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="19"/>
        <source>The last payload; changed values are highlighted. Click a value to pick it, double-click or right-click to bind it to a twin.</source>
        <translation>La dernière charge utile ; les valeurs modifiées sont surlignées. Cliquez sur une valeur pour la choisir, double-cliquez ou faites un clic droit pour la lier à un jumeau.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="96"/>
        <source>Bind to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/payloadview.cpp" line="99"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanLegend</name>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="34"/>
        <source>&amp;Colour Rooms By</source>
        <translation>&amp;Colorer les pièces selon</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="42"/>
        <source>Colour the rooms of the plan by a live value</source>
        <translation>Colorer les pièces du plan selon une valeur en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="83"/>
        <source>Colour rooms by the project&apos;s colour rule for %1</source>
        <translation>Colorer les pièces selon la règle de couleur du projet pour %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planlegend.cpp" line="117"/>
        <source>Colour rooms by: %1</source>
        <translation>Colorer les pièces selon : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanScene</name>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="152"/>
        <source>Cannot read the background image %1</source>
        <translation>Impossible de lire l&apos;image d&apos;arrière-plan %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="153"/>
        <source>The project&apos;s background image of this floor is missing or damaged</source>
        <translation>L’image d’arrière-plan de cet étage enregistrée dans le projet manque ou est endommagée</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="vanished">
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a sensor onto a device</source>
        <translation type="vanished">Déposer un capteur sur un appareil</translation>
    </message>
    <message>
        <source>There is no floor to drop onto</source>
        <translation type="vanished">Il n’y a pas d’étage où déposer</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="vanished">Ajouter %1</translation>
    </message>
    <message>
        <source>There is no floor shown</source>
        <translation type="vanished">Aucun étage n&apos;est affiché</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="vanished">
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="674"/>
        <source>Cannot delete: %1</source>
        <translation>Suppression impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="713"/>
        <source>The clipboard holds nothing to paste on the plan</source>
        <translation>Le presse-papiers ne contient rien à coller sur le plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="718"/>
        <source>Cannot paste: %1</source>
        <translation>Collage impossible : %1</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (%2)</source>
        <translation type="vanished">%1 n&apos;est pas une image que ce programme sait lire (%2)</translation>
    </message>
    <message>
        <source>This floor has no background image to calibrate</source>
        <translation type="vanished">Cet étage n&apos;a pas d&apos;image d&apos;arrière-plan à étalonner</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="vanished">Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Calibration needs two different points and a positive distance</source>
        <translation type="vanished">L&apos;étalonnage demande deux points distincts et une distance positive</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanTool</name>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="125"/>
        <source>Next Segment</source>
        <translation>Segment suivant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="126"/>
        <source>Length in metres, optionally followed by an angle in degrees (e.g. &quot;4.5&quot; or &quot;3 90&quot;); empty to finish:</source>
        <translation>Longueur en mètres, suivie éventuellement d’un angle en degrés (p. ex. « 4.5 » ou « 3 90 ») ; vide pour terminer :</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="vanished">Pièce %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="239"/>
        <source>Cannot add the room: %1</source>
        <translation>Impossible d’ajouter la pièce : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="246"/>
        <source>Cannot add the wall: %1</source>
        <translation>Impossible d’ajouter le mur : %1</translation>
    </message>
    <message>
        <source>Click on a wall to place a door</source>
        <translation type="vanished">Cliquez sur un mur pour placer une porte</translation>
    </message>
    <message>
        <source>A %1 m door does not fit there</source>
        <translation type="vanished">Une porte de %1 m ne tient pas à cet endroit</translation>
    </message>
    <message>
        <source>Cannot add the door: %1</source>
        <translation type="vanished">Impossible d&apos;ajouter la porte : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="262"/>
        <source>Door Width</source>
        <translation>Largeur de porte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="262"/>
        <source>Width of the next doors in metres:</source>
        <translation>Largeur des prochaines portes, en mètres :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="273"/>
        <source>Wall Thickness</source>
        <translation>Épaisseur de mur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="274"/>
        <source>Thickness of the next walls in metres:</source>
        <translation>Épaisseur des prochains murs, en mètres :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="285"/>
        <source>Cannot add the dimension line: %1</source>
        <translation>Impossible d&apos;ajouter la cote : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="291"/>
        <source>This floor has no background image to calibrate</source>
        <translation>Cet étage n&apos;a pas d&apos;image d&apos;arrière-plan à étalonner</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="296"/>
        <source>Calibrate Background</source>
        <translation>Étalonner l&apos;arrière-plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="297"/>
        <source>Real distance between the two points, in metres:</source>
        <translation>Distance réelle entre les deux points, en mètres :</translation>
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
        <translation>%1, %2 m de large</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planitems.cpp" line="366"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="46"/>
        <source>Floor shown in the plan; the floor below is drawn faded</source>
        <translation>Étage affiché sur le plan ; l’étage inférieur est dessiné estompé</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="48"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="52"/>
        <source>Zoom to show the whole floor (F, Ctrl+0)</source>
        <translation>Zoomer pour voir tout l&apos;étage (F, Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="56"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="78"/>
        <source>Hold Alt to place points without magnetism</source>
        <translation>Maintenir Alt pour placer les points sans magnétisme</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="84"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="84"/>
        <source>Select and move; drag a rubber band to select several</source>
        <translation>Sélectionner et déplacer ; tracer un cadre pour en sélectionner plusieurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="86"/>
        <source>Rectangle room</source>
        <translation>Pièce rectangulaire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="86"/>
        <source>Draw a rectangular room: click two corners or drag</source>
        <translation>Dessiner une pièce rectangulaire : cliquer deux coins ou faire glisser</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="88"/>
        <source>Polygon room</source>
        <translation>Pièce polygonale</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="88"/>
        <source>Draw a room corner by corner; double-click or click the first corner to close</source>
        <translation>Dessiner une pièce coin par coin ; double-cliquer ou cliquer le premier coin pour fermer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="90"/>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="90"/>
        <source>Draw walls with chained clicks; double-click to finish. Enter types a length</source>
        <translation>Dessiner des murs par clics successifs ; double-cliquer pour terminer. Entrée saisit une longueur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="92"/>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="92"/>
        <source>Click on a wall to cut a door; Enter sets the door width</source>
        <translation>Cliquez sur un mur pour y percer une porte ; Entrée règle la largeur de la porte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="94"/>
        <source>Dimension</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="94"/>
        <source>Draw a dimension line with two clicks</source>
        <translation>Tracer une cote en deux clics</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="96"/>
        <source>Calibrate</source>
        <translation>Étalonner</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="96"/>
        <source>Click two points on the background image, then type their real distance</source>
        <translation>Cliquez deux points sur l&apos;image d&apos;arrière-plan, puis saisissez leur distance réelle</translation>
    </message>
    <message>
        <source> Alt: no magnetism </source>
        <translation type="vanished"> Alt : sans magnétisme </translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="vanished">Arrière-plan :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="105"/>
        <source>Opacity of the floor&apos;s background image</source>
        <translation>Opacité de l&apos;image d&apos;arrière-plan de l&apos;étage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="117"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="118"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="119"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="121"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="124"/>
        <source>&amp;Background Image…</source>
        <translation>&amp;Image d&apos;arrière-plan…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="125"/>
        <source>&amp;Calibrate Background…</source>
        <translation>É&amp;talonner l&apos;arrière-plan…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="126"/>
        <source>&amp;Remove Background</source>
        <translation>&amp;Retirer l&apos;arrière-plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="131"/>
        <source>Background opacity:</source>
        <translation>Opacité de l’arrière-plan :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="158"/>
        <source>Floor:</source>
        <translation>Étage :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="200"/>
        <source>No floor yet: File → New (Ctrl+N) starts a building with its ground floor, Plan → Add Floor… adds one. Then draw rooms with Rectangle room (R) or Polygon room (P).</source>
        <translation>Aucun étage pour l’instant : Fichier → Nouveau (Ctrl+N) crée un bâtiment avec son rez-de-chaussée, Plan → Ajouter un étage… en ajoute un. Dessinez ensuite les pièces avec Pièce rectangulaire (R) ou Pièce polygonale (P).</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="204"/>
        <source>%1 is empty: draw rooms with Rectangle room (R) or Polygon room (P), walls with Wall (W) and doors with Door (D). Plan → Background Image… puts a scanned plan underneath to trace.</source>
        <translation>%1 est vide : dessinez des pièces avec Pièce rectangulaire (R) ou Pièce polygonale (P), des murs avec Mur (W) et des portes avec Porte (D). Plan → Image d’arrière-plan… place un plan numérisé dessous pour le décalquer.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="436"/>
        <source>Cannot add the floor: %1</source>
        <translation>Impossible d’ajouter l’étage : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="453"/>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="150"/>
        <source>Flip Door &amp;Swing</source>
        <translation>Inverser le &amp;battant de la porte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="122"/>
        <source>Add &amp;Floor…</source>
        <translation>Ajouter un &amp;étage…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="151"/>
        <source>Make the selected doors open to the other side of their wall (X)</source>
        <translation>Faire ouvrir les portes choisies de l’autre côté de leur mur (X)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="153"/>
        <source>Flip Door &amp;Hinge</source>
        <translation>Inverser la &amp;charnière de la porte</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="154"/>
        <source>Hinge the selected doors at the other end of their opening (Shift+X)</source>
        <translation>Placer la charnière des portes choisies à l’autre extrémité de leur ouverture (Maj+X)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="415"/>
        <source>Background Image</source>
        <translation>Image d&apos;arrière-plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="416"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
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
        <translation>Reculer d’un pas (un pas dure autant de secondes que la vitesse)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="57"/>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="191"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="60"/>
        <source>Play the past at the chosen speed, or pause</source>
        <translation>Rejouer le passé à la vitesse choisie, ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="67"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="70"/>
        <source>Step forward</source>
        <translation>Avancer d’un pas</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="76"/>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="184"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="79"/>
        <source>Show live values again</source>
        <translation>Afficher de nouveau les valeurs en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="87"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="89"/>
        <source>How fast playing moves through the past</source>
        <translation>La vitesse à laquelle la lecture parcourt le passé</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="94"/>
        <source>Drag into the past to show every view at that moment from history; the right end is live</source>
        <translation>Faire glisser vers le passé pour afficher chaque vue à ce moment depuis l’historique ; l’extrémité droite est en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="191"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/timecursor/timebar.cpp" line="200"/>
        <source>No history</source>
        <translation>Pas d’historique</translation>
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
        <translation>Rechercher des topics</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="60"/>
        <source>What the browser subscribes to while it is open, besides the bound topics (an MQTT topic filter; # is everything)</source>
        <translation>Ce à quoi le navigateur s’abonne tant qu’il est ouvert, en plus des topics liés (un filtre de topic MQTT ; # pour tout)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="88"/>
        <source>Bind to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="90"/>
        <source>Bind the picked value to a telemetry or property of the selected twin</source>
        <translation>Lier la valeur choisie à une télémétrie ou une propriété du jumeau sélectionné</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="93"/>
        <source>Bindings…</source>
        <translation>Liaisons…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="101"/>
        <source>Subscribe:</source>
        <translation>S’abonner :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topics/topicbrowserdock.cpp" line="225"/>
        <source>%1 topics, %2 of them unbound; %3 unbound messages</source>
        <translation>%1 topics, dont %2 non liés ; %3 messages non liés</translation>
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
        <translation>Filtrer les jumeaux par identifiant, nom ou type</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="51"/>
        <source>Type to list the twins whose id, name or model contains the text</source>
        <translation>Saisir du texte pour lister les jumeaux dont l’identifiant, le nom ou le modèle le contient</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="97"/>
        <source>No twins yet: File → New (Ctrl+N) starts a site with a building, File → Import Topology… (Ctrl+I) reads one.</source>
        <translation>Aucun jumeau pour l’instant : Fichier → Nouveau (Ctrl+N) crée un site avec un bâtiment, Fichier → Importer une topologie… (Ctrl+I) en lit une.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="112"/>
        <source>Delete the selected twins with what they contain (Del)</source>
        <translation>Supprimer les jumeaux sélectionnés avec ce qu’ils contiennent (Suppr)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="114"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="116"/>
        <source>Show the selected twins&apos; telemetry on the chart</source>
        <translation>Afficher la télémétrie des jumeaux sélectionnés sur le graphique</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="326"/>
        <source>Add &amp;Space</source>
        <translation>Ajouter un &amp;espace</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="345"/>
        <source>&amp;More Types…</source>
        <translation>&amp;Autres types…</translation>
    </message>
    <message>
        <source>Add &amp;Space…</source>
        <translation type="vanished">Ajouter un &amp;espace…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="348"/>
        <source>Add &amp;Other Space…</source>
        <translation>Ajouter un a&amp;utre espace…</translation>
    </message>
    <message>
        <source>Add &amp;Device…</source>
        <translation type="vanished">Ajouter un &amp;appareil…</translation>
    </message>
    <message>
        <source>Add &amp;Sensor…</source>
        <translation type="vanished">Ajouter un &amp;capteur…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="vanished">Ajouter une &amp;personne…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/topologydock.cpp" line="355"/>
        <source>Choose among %n type(s), by name or model id</source>
        <translation>
            <numerusform>Choisir parmi %n type, par nom ou identifiant de modèle</numerusform>
            <numerusform>Choisir parmi %n types, par nom ou identifiant de modèle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="385"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="385"/>
        <source>Cannot delete: %1</source>
        <translation>Suppression impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="327"/>
        <source>Add &amp;Device</source>
        <translation>Ajouter un &amp;appareil</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="328"/>
        <source>Add &amp;Sensor</source>
        <translation>Ajouter un &amp;capteur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="329"/>
        <source>Add &amp;Person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="336"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="370"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="370"/>
        <source>Cannot add: %1</source>
        <translation>Impossible d’ajouter : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::TypePickerDialog</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="68"/>
        <source>Search %n type(s) by name or model id</source>
        <translation>
            <numerusform>Chercher parmi %n type, par nom ou identifiant de modèle</numerusform>
            <numerusform>Chercher parmi %n types, par nom ou identifiant de modèle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/typepickerdialog.cpp" line="75"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>twin::ui::UserGuide</name>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="18"/>
        <source>TwinStudio User Guide</source>
        <translation>Guide de l’utilisateur de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="32"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/userguide.cpp" line="33"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>twin::view3d::NotificationBadges</name>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="134"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="136"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="138"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/view3d/notificationbadges.cpp" line="142"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>twin::view3d::RoomColouring</name>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="156"/>
        <source>Rooms are not coloured by live values.</source>
        <translation>Les pièces ne sont pas colorées selon les valeurs en direct.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="161"/>
        <source>Grey: no %1 value from the sensors in this room.</source>
        <translation>Gris : aucune valeur %1 des capteurs de cette pièce.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="164"/>
        <source>Occupancy: a motion or presence sensor here sees someone.</source>
        <translation>Occupation : un capteur de mouvement ou de présence voit quelqu&apos;un ici.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="165"/>
        <source>Occupancy: no sensor here sees anyone.</source>
        <translation>Occupation : aucun capteur ne voit personne ici.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="170"/>
        <source>%1: the mean of this room&apos;s sensors, %2 %3, on the scale from %4 to %5.</source>
        <translation>%1 : la moyenne des capteurs de cette pièce, %2 %3, sur l&apos;échelle de %4 à %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="174"/>
        <location filename="../qml/view3d/roomcolouring.cpp" line="197"/>
        <source>Faded: the values are older than %n s.</source>
        <translation>
            <numerusform>Estompé : les valeurs datent de plus de %n s.</numerusform>
            <numerusform>Estompé : les valeurs datent de plus de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="183"/>
        <source>Grey: no %1 value for this room.</source>
        <translation>Gris : aucune valeur %1 pour cette pièce.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="188"/>
        <source>Grey: the colour rule for %1 has no colour for %2.</source>
        <translation>Gris : la règle de couleur de %1 n&apos;a pas de couleur pour %2.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="189"/>
        <source>Colour rule %1: %2, so %3.</source>
        <translation>Règle de couleur %1 : %2, donc %3.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="193"/>
        <source>%1 is a value the project&apos;s functions computed for this room.</source>
        <translation>%1 est une valeur calculée pour cette pièce par les fonctions du projet.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="191"/>
        <source>%1 was computed for this room by the function %2.</source>
        <translation>%1 a été calculé pour cette pièce par la fonction %2.</translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="195"/>
        <source>%1 comes from the sensors in this room.</source>
        <translation>%1 provient des capteurs de cette pièce.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/view3d/roomcolouring.cpp" line="219"/>
        <source>%1: %2 (%n s ago)</source>
        <translation>
            <numerusform>%1 : %2 (il y a %n s)</numerusform>
            <numerusform>%1 : %2 (il y a %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/view3d/roomcolouring.cpp" line="231"/>
        <source>Open notifications: %1, the worst %2</source>
        <translation>Notifications ouvertes : %1, la plus grave %2</translation>
    </message>
</context>
</TS>
