<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>twin::FunctionStatusModel</name>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="80" />
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="80" />
        <source>Disabled: %1</source>
        <translation>Désactivée : %1</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="83" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="85" />
        <source>Not run: the project is not trusted</source>
        <translation>Non exécutée : le projet n’est pas approuvé</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="89" />
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="115" />
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="148" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="150" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="152" />
        <source>Invocations</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../models/live/functionstatusmodel.cpp" line="154" />
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>twin::InspectorModel</name>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="452"/>
        <source>enum of %1</source>
        <translation>énumération de %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="454"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="456"/>
        <source>map</source>
        <translation>table associative</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="458"/>
        <source>array of %1</source>
        <translation>tableau de %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="564"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="564"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="634"/>
        <source>The id of a twin cannot change once it exists.</source>
        <translation>L’identifiant d’un jumeau ne peut plus changer une fois celui-ci créé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="636"/>
        <source>The model of a twin cannot change once it exists.</source>
        <translation>Le modèle d’un jumeau ne peut plus changer une fois celui-ci créé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="637"/>
        <source>The category follows from the model.</source>
        <translation>La catégorie découle du modèle.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="639"/>
        <source>Telemetry is measured, not set: the value comes from the live data.</source>
        <translation>La télémétrie est mesurée, pas saisie : la valeur provient des données en direct.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="641"/>
        <source>Edit the component&apos;s properties in the rows below it.</source>
        <translation>Modifiez les propriétés du composant dans les lignes en dessous.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="643"/>
        <source>Use Remove and Add Relationship… to change relationships.</source>
        <translation>Utilisez « Supprimer » et « Ajouter une relation… » pour modifier les relations.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="650"/>
        <source>The model of this twin is not loaded.</source>
        <translation>Le modèle de ce jumeau n’est pas chargé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="652"/>
        <source>Read-only: the model declares %1 as not writable, its value is reported by the device.</source>
        <translation>Lecture seule : le modèle déclare %1 non modifiable, sa valeur est fournie par l’appareil.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="654"/>
        <source>Values of schema %1 cannot be edited here.</source>
        <translation>Les valeurs du schéma %1 ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="693"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="695"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="697"/>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="699"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="701"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="704"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="720"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="736"/>
        <source>Measured at %1</source>
        <translation>Mesuré le %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="737"/>
        <source>No live value yet.</source>
        <translation>Pas encore de valeur en direct.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="742"/>
        <source>Relationship %1 to %2</source>
        <translation>Relation %1 vers %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="837"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="839"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="841"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="874"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>« %1 » n’est ni vrai ni faux</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="887"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="893"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="895"/>
        <source>%1 is outside the range of %2 (%3 to %4)</source>
        <translation>%1 est hors de la plage de %2 (de %3 à %4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="911"/>
        <source>&apos;%1&apos; is not one of the values of this enum</source>
        <translation>« %1 » n’est pas l’une des valeurs de cette énumération</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="938"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide : %1 au caractère %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="940"/>
        <source>more than one value</source>
        <translation>plus d’une valeur</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="947"/>
        <source>values of schema %1 cannot be edited here</source>
        <translation>les valeurs du schéma %1 ne peuvent pas être modifiées ici</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1054"/>
        <source>%1 has no relationship &apos;%2&apos;</source>
        <translation>%1 n’a pas de relation « %2 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1056"/>
        <source>%1 already has %n &apos;%2&apos; relationship(s), the most its model allows</source>
        <translation><numerusform>%1 a déjà %n relation « %2 », le maximum permis par son modèle</numerusform><numerusform>%1 a déjà %n relations « %2 », le maximum permis par son modèle</numerusform></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1060"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>le jumeau « %1 » n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1061"/>
        <source>&apos;%1&apos; cannot be the target of &apos;%2&apos; of %3</source>
        <translation>« %1 » ne peut pas être la cible de « %2 » de %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/inspectormodel.cpp" line="1072"/>
        <source>Select a relationship to remove.</source>
        <translation>Sélectionnez la relation à supprimer.</translation>
    </message>
</context>
<context>
    <name>twin::LiveSession</name>
    <message>
        <location filename="../models/live/livesession.cpp" line="90" />
        <source>Function skipped: %1</source>
        <translation>Fonction ignorée : %1</translation>
    </message>
    <message>
        <location filename="../models/live/livesession.cpp" line="338" />
        <source>Function %1 was disabled (%2) but could not be marked so: %3</source>
        <translation>La fonction %1 a été désactivée (%2) mais n’a pas pu être marquée comme telle : %3</translation>
    </message>
</context>
<context>
    <name>twin::NotificationModel</name>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="104" />
        <source>%1
(from function %2)</source>
        <translation>%1
(de la fonction %2)</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="127" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="129" />
        <source>Twin</source>
        <translation>Jumeau</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="131" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/live/notificationmodel.cpp" line="133" />
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>twin::ui::AddRelationshipDialog</name>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="34"/>
        <source>Add Relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="37"/>
        <source>Filter targets by id or name</source>
        <translation>Filtrer les cibles par identifiant ou nom</translation>
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
        <translation><numerusform>Le modèle en permet au plus %n, et le jumeau l’a déjà.</numerusform><numerusform>Le modèle en permet au plus %n, et le jumeau les a déjà.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="60"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="61"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="92"/>
        <source>The model of this twin declares no relationships.</source>
        <translation>Le modèle de ce jumeau ne déclare aucune relation.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="117"/>
        <source>No twin can be the target.</source>
        <translation>Aucun jumeau ne peut être la cible.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="118"/>
        <source>No twin is a %1 that is not a target already.</source>
        <translation>Aucun jumeau de type %1 n’est pas déjà une cible.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="120"/>
        <source>%1 of %2 shown: type to narrow the list.</source>
        <translation>%1 sur %2 affichés : tapez pour affiner la liste.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/addrelationshipdialog.cpp" line="122"/>
        <source>Targets are twins of %1 or a model that extends it.</source>
        <translation>Les cibles sont des jumeaux de %1 ou d’un modèle qui l’étend.</translation>
    </message>
</context>
<context>
    <name>twin::ui::FunctionsDock</name>
    <message>
        <location filename="../app/twinstudio/functionsdock.cpp" line="12" />
        <source>Functions</source>
        <translation>Fonctions</translation>
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
        <translation>JSON, p. ex. {"x": 1}</translation>
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
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="26"/>
        <source>Add Relationship…</source>
        <translation>Ajouter une relation…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="27"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="52"/>
        <source>Add a relationship the twin&apos;s model allows</source>
        <translation>Ajouter une relation permise par le modèle du jumeau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="54"/>
        <source>Remove the selected relationship</source>
        <translation>Supprimer la relation sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="86"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="110"/>
        <source>Select a twin in the topology or on the plan to see its properties.</source>
        <translation>Sélectionnez un jumeau dans la topologie ou sur le plan pour voir ses propriétés.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="136"/>
        <source>Cannot add the relationship: %1</source>
        <translation>Impossible d’ajouter la relation : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/inspector/inspectordock.cpp" line="145"/>
        <source>Cannot remove the relationship: %1</source>
        <translation>Impossible de supprimer la relation : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::InterchangeActions</name>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="26" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="62" />
        <source>… and %n more</source>
        <translation><numerusform>… et %n autre</numerusform><numerusform>… et %n autres</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="87" />
        <source>All topology files</source>
        <translation>Tous les fichiers de topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="88" />
        <source>Import Topology</source>
        <translation>Importer une topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="95" />
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="98" />
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/twinstudio/interchangeactions.cpp" line="99" />
        <source>Nothing was imported from %1: it has %n problem(s).</source>
        <translation><numerusform>Rien n’a été importé de %1 : le fichier a %n problème.</numerusform><numerusform>Rien n’a été importé de %1 : le fichier a %n problèmes.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="113" />
        <source>Export Topology</source>
        <translation>Exporter la topologie</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="120" />
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124" />
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/interchangeactions.cpp" line="124" />
        <source>%1 could not be written:
%2</source>
        <translation>Impossible d’écrire %1 :
%2</translation>
    </message>
</context>
<context>
    <name>twin::ui::LiveControls</name>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="45" />
        <source>&amp;Live</source>
        <translation>&amp;Direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="46" />
        <source>&amp;Connect to Broker…</source>
        <translation>Se &amp;connecter au broker…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="48" />
        <source>Receive live telemetry from an MQTT broker</source>
        <translation>Recevoir la télémétrie en direct d’un broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="50" />
        <source>Run &amp;Simulator</source>
        <translation>Lancer le &amp;simulateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="51" />
        <source>Simulated telemetry for every sensor of the project, without a broker</source>
        <translation>Télémétrie simulée pour chaque capteur du projet, sans broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="52" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="55" />
        <source>&amp;Trust Project Functions</source>
        <translation>Faire &amp;confiance aux fonctions du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="56" />
        <source>Run the functions of this project, which comes from another source</source>
        <translation>Exécuter les fonctions de ce projet, qui vient d’une autre source</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="62" />
        <location filename="../app/twinstudio/livecontrols.cpp" line="179" />
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="73" />
        <source>Function %1 was disabled: %2</source>
        <translation>La fonction %1 a été désactivée : %2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="113" />
        <location filename="../app/twinstudio/livecontrols.cpp" line="120" />
        <source>Connect to Broker</source>
        <translation>Se connecter au broker</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="114" />
        <source>Broker URL (mqtt://host:port or mqtts://host:port):</source>
        <translation>URL du broker (mqtt://hôte:port ou mqtts://hôte:port) :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="121" />
        <source>“%1” is not a broker URL. Write it as mqtt://host:port, or mqtts://host:port for TLS.</source>
        <translation>« %1 » n’est pas une URL de broker. Écrivez-la mqtt://hôte:port, ou mqtts://hôte:port pour TLS.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="135" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="139" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="143" />
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="143" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="147" />
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="152" />
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="159" />
        <source>Not connected to an MQTT broker</source>
        <translation>Non connecté à un broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="161" />
        <source>Source: the built-in simulator</source>
        <translation>Source : le simulateur intégré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="163" />
        <source>Broker: %1</source>
        <translation>Broker : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="165" />
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="181" />
        <source>Messages per second over the last second
received %1, malformed %2, unbound %3, dropped %4
function invocations %5, failed %6, notifications %7</source>
        <translation>Messages par seconde sur la dernière seconde
reçus %1, mal formés %2, non liés %3, abandonnés %4
appels de fonctions %5, en échec %6, notifications %7</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="197" />
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="202" />
        <source>This project contains functions from another source. Trust and run them?</source>
        <translation>Ce projet contient des fonctions d’une autre source. Leur faire confiance et les exécuter ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="206" />
        <source>Trust and Run</source>
        <translation>Faire confiance et exécuter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="208" />
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="219" />
        <source>Trust Project Functions</source>
        <translation>Confiance aux fonctions du projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/livecontrols.cpp" line="220" />
        <source>The trust could not be remembered: %1</source>
        <translation>La confiance n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::MainWindow</name>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="65" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="66" />
        <source>State of the connection to the MQTT broker</source>
        <translation>État de la connexion au broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="75" />
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="94" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="95" />
        <source>3D view of the building</source>
        <translation>Vue 3D du bâtiment</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="95" />
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="96" />
        <source>Charts of live telemetry</source>
        <translation>Graphiques de la télémétrie en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="96" />
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="97" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="98" />
        <source>User-defined functions</source>
        <translation>Fonctions définies par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="98" />
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="109" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="110" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="113" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="116" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="119" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="122" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="126" />
        <source>&amp;Import Topology…</source>
        <translation>&amp;Importer une topologie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="128" />
        <source>Add twins, relationships and models from an Azure Digital Twins, ADT Explorer or TwinStudio file, as one undoable step</source>
        <translation>Ajouter jumeaux, relations et modèles d’un fichier Azure Digital Twins, ADT Explorer ou TwinStudio, en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="130" />
        <source>&amp;Export Topology…</source>
        <translation>E&amp;xporter la topologie…</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="133" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="136" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="140" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="150" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="151" />
        <source>&amp;About TwinStudio</source>
        <translation>À &amp;propos de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="152" />
        <source>About TwinStudio</source>
        <translation>À propos de TwinStudio</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="153" />
        <source>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Design and monitor digital twins of buildings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TwinStudio %1&lt;/b&gt;&lt;p&gt;Concevoir et surveiller les jumeaux numériques de bâtiments.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="188" />
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="204" />
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="205" />
        <source>%1 could not be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="223" />
        <source>Recover Unsaved Changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="224" />
        <source>%1 has unsaved changes from %2 that were not saved, probably because TwinStudio stopped unexpectedly. Recover them?</source>
        <translation>%1 a des modifications du %2 qui n’ont pas été enregistrées, sans doute parce que TwinStudio s’est arrêté de façon inattendue. Les récupérer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="231" />
        <location filename="../app/twinstudio/mainwindow.cpp" line="250" />
        <source>Recovery Failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="244" />
        <source>Recover Unsaved Project?</source>
        <translation>Récupérer le projet non enregistré ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="245" />
        <source>An unsaved project from %1 was left behind when TwinStudio stopped unexpectedly. Recover it?</source>
        <translation>Un projet non enregistré du %1 est resté lorsque TwinStudio s’est arrêté de façon inattendue. Le récupérer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="273" />
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="288" />
        <source>Cannot Save Project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="289" />
        <source>%1 could not be saved:
%2</source>
        <translation>Impossible d’enregistrer %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="293" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="302" />
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="303" />
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Le projet a des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/mainwindow.cpp" line="312" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="27" />
        <source>Notifications raised by the project&apos;s functions while live</source>
        <translation>Notifications émises par les fonctions du projet en direct</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="31" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/notificationsdock.cpp" line="53" />
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
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
        <translation>Rechercher des types</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/palettedock.cpp" line="30" />
        <source>Drag a device or sensor type onto a room of the plan</source>
        <translation>Faire glisser un type d’appareil ou de capteur sur une pièce du plan</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanScene</name>
    <message numerus="yes">
        <location filename="../app/twinstudio/plan/planscene.cpp" line="280" />
        <source>Move %n item(s)</source>
        <translation><numerusform>Déplacer %n élément</numerusform><numerusform>Déplacer %n éléments</numerusform></translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="315" />
        <source>Drop a sensor onto a device</source>
        <translation>Déposer un capteur sur un appareil</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="325" />
        <source>There is no floor to drop onto</source>
        <translation>Il n’y a pas d’étage où déposer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planscene.cpp" line="337" />
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>twin::ui::PlanTool</name>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="110" />
        <source>Next Segment</source>
        <translation>Segment suivant</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="111" />
        <source>Length in metres, optionally followed by an angle in degrees (e.g. "4.5" or "3 90"); empty to finish:</source>
        <translation>Longueur en mètres, suivie éventuellement d’un angle en degrés (p. ex. « 4.5 » ou « 3 90 ») ; vide pour terminer :</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="215" />
        <source>Room %1</source>
        <translation>Pièce %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="219" />
        <source>Cannot add the room: %1</source>
        <translation>Impossible d’ajouter la pièce : %1</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/plantool.cpp" line="233" />
        <source>Cannot add the wall: %1</source>
        <translation>Impossible d’ajouter le mur : %1</translation>
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
        <translation>Étage affiché sur le plan ; l’étage inférieur est dessiné estompé</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="32" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="33" />
        <source>Zoom to show the whole floor (F)</source>
        <translation>Zoomer pour voir tout l’étage (F)</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="58" />
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="58" />
        <source>Select and move; drag a rubber band to select several</source>
        <translation>Sélectionner et déplacer ; tracer un cadre pour en sélectionner plusieurs</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="60" />
        <source>Rectangle room</source>
        <translation>Pièce rectangulaire</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="60" />
        <source>Draw a rectangular room: click two corners or drag</source>
        <translation>Dessiner une pièce rectangulaire : cliquer deux coins ou faire glisser</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="62" />
        <source>Polygon room</source>
        <translation>Pièce polygonale</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="62" />
        <source>Draw a room corner by corner; double-click or click the first corner to close</source>
        <translation>Dessiner une pièce coin par coin ; double-cliquer ou cliquer le premier coin pour fermer</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="64" />
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="64" />
        <source>Draw walls with chained clicks; double-click to finish. Enter types a length</source>
        <translation>Dessiner des murs par clics successifs ; double-cliquer pour terminer. Entrée saisit une longueur</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="67" />
        <source> Alt: no magnetism </source>
        <translation> Alt : sans magnétisme </translation>
    </message>
    <message>
        <location filename="../app/twinstudio/plan/planview.cpp" line="70" />
        <source>Floor:</source>
        <translation>Étage :</translation>
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
        <translation>Filtrer les jumeaux par identifiant, nom ou type</translation>
    </message>
    <message>
        <location filename="../app/twinstudio/topologydock.cpp" line="34" />
        <source>Type to list the twins whose id, name or model contains the text</source>
        <translation>Saisir du texte pour lister les jumeaux dont l’identifiant, le nom ou le modèle le contient</translation>
    </message>
</context>
</TS>