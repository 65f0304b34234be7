<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppMode</name>
    <message>
        <source>Auditor mode (read-only)</source>
        <translation>Mode auditeur (lecture seule)</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Mode opérateur</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Hugepages per NUMA node</source>
        <translation>Hugepages par nœud NUMA</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices by name, address, driver or product</source>
        <translation>Filtrer les périphériques par nom, adresse, pilote ou produit</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All NUMA nodes</source>
        <translation>Tous les nœuds NUMA</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Domain XML preview</source>
        <translation>Aperçu du XML de domaine</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vDeck — %1</source>
        <translation>vDeck — %1</translation>
    </message>
    <message>
        <source>vDeck</source>
        <translation>vDeck</translation>
    </message>
    <message>
        <source>No host open</source>
        <translation>Aucun hôte ouvert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About vDeck</source>
        <translation>À &amp;propos de vDeck</translation>
    </message>
    <message>
        <source>About vDeck</source>
        <translation>À propos de vDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;A console for accelerated virtualization hosts: device trees, Nova flavors, libvirt domain XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;Une console pour hôtes de virtualisation accélérés : arbres de périphériques, flavors Nova, XML de domaine libvirt.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Contournement</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not render the window</source>
        <translation>impossible de dessiner la fenêtre</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for accelerated virtualization hosts</source>
        <translation>Console pour hôtes de virtualisation accélérés</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE (PNG) and exit.</source>
        <translation>Dessiner la fenêtre principale hors écran dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity.</source>
        <translation>Afficher la page ID : hosts, devices, flavors, xml, findings, operations, capacity.</translation>
    </message>
    <message>
        <source>User interface language: de, fr or en.</source>
        <translation>Langue de l'interface : de, fr ou en.</translation>
    </message>
    <message>
        <source>Auditor mode: read-only connections, no write actions.</source>
        <translation>Mode auditeur : connexions en lecture seule, aucune action d'écriture.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
</context>
</TS>