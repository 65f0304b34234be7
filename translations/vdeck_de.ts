<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AppMode</name>
    <message>
        <source>Auditor mode (read-only)</source>
        <translation>Prüfmodus (nur lesen)</translation>
    </message>
    <message>
        <source>Operator mode</source>
        <translation>Betriebsmodus</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Reserved (GiB)</source>
        <translation>Reserviert (GiB)</translation>
    </message>
    <message>
        <source>Free (GiB)</source>
        <translation>Frei (GiB)</translation>
    </message>
    <message>
        <source>N%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VFs</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Verfügbare Instanzen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Hugepages per NUMA node and size</source>
        <translation>Hugepages je NUMA-Knoten und Größe</translation>
    </message>
    <message>
        <source>VF use per PF</source>
        <translation>VF-Belegung je PF</translation>
    </message>
    <message>
        <source>mdev instances per type</source>
        <translation>mdev-Instanzen je Typ</translation>
    </message>
    <message>
        <source>No host selected.</source>
        <translation>Kein Host ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — captured %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — erfasst %2</translation>
    </message>
</context>
<context>
    <name>ComputeForm</name>
    <message>
        <source>Set vCPUs</source>
        <translation>vCPUs festlegen</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Set root disk</source>
        <translation>Root-Disk festlegen</translation>
    </message>
    <message>
        <source>Set ephemeral disk</source>
        <translation>Ephemeral-Disk festlegen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Set swap</source>
        <translation>Swap festlegen</translation>
    </message>
    <message>
        <source>Visible to every project</source>
        <translation>Für alle Projekte sichtbar</translation>
    </message>
    <message>
        <source>What this flavor is for</source>
        <translation>Wofür dieser Flavor gedacht ist</translation>
    </message>
    <message>
        <source>Rename flavor</source>
        <translation>Flavor umbenennen</translation>
    </message>
    <message>
        <source>Set RAM</source>
        <translation>RAM festlegen</translation>
    </message>
    <message>
        <source>Set public</source>
        <translation>Öffentlich festlegen</translation>
    </message>
    <message>
        <source>Set description</source>
        <translation>Beschreibung festlegen</translation>
    </message>
    <message>
        <source>Nova flavor</source>
        <translation>Nova-Flavor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation>Root-Disk</translation>
    </message>
    <message>
        <source>Ephemeral disk</source>
        <translation>Ephemeral-Disk</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <source>Save this host</source>
        <translation>Diesen Host speichern</translation>
    </message>
    <message>
        <source>Connect to Host</source>
        <translation>Mit Host verbinden</translation>
    </message>
    <message>
        <source>Local (qemu:///)</source>
        <translation>Lokal (qemu:///)</translation>
    </message>
    <message>
        <source>SSH (qemu+ssh://)</source>
        <translation>SSH (qemu+ssh://)</translation>
    </message>
    <message>
        <source>libssh, verified host key (qemu+libssh://)</source>
        <translation>libssh, geprüfter Host-Schlüssel (qemu+libssh://)</translation>
    </message>
    <message>
        <source>TLS (qemu+tls://)</source>
        <translation>TLS (qemu+tls://)</translation>
    </message>
    <message>
        <source>Test driver (test:///)</source>
        <translation>Testtreiber (test:///)</translation>
    </message>
    <message>
        <source>defaults to the URI</source>
        <translation>Standard: die URI</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>empty: test:///default</source>
        <translation>leer: test:///default</translation>
    </message>
    <message>
        <source>Auditor mode opens every connection read-only.</source>
        <translation>Im Prüfermodus wird jede Verbindung nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Known hosts:</source>
        <translation>Bekannte &amp;Hosts:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>Test &amp;file:</source>
        <translation>Test&amp;datei:</translation>
    </message>
    <message>
        <source>Resulting URI:</source>
        <translation>Ergebnis-URI:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Choose a libvirt test-driver XML</source>
        <translation>XML für den libvirt-Testtreiber wählen</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Anmeldedaten für %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>libvirt asks for these to connect to %1. vDeck passes them on and does not store them.</source>
        <translation>libvirt fragt dies für die Verbindung zu %1. vDeck gibt es weiter und speichert es nicht.</translation>
    </message>
</context>
<context>
    <name>DeviceDetails</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a device to see libvirt's XML for it.</source>
        <translation>Wählen Sie ein Gerät, um sein libvirt-XML zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Logical parent</source>
        <translation>Logisches Elternteil</translation>
    </message>
    <message>
        <source>libvirt parent</source>
        <translation>libvirt-Elternteil</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI-Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>PCIe link</source>
        <translation>PCIe-Verbindung</translation>
    </message>
    <message>
        <source>%1 GT/s x%2</source>
        <translation>%1 GT/s x%2</translation>
    </message>
    <message>
        <source>VFs</source>
        <translation>VFs</translation>
    </message>
    <message>
        <source>%1 used of %2 (max %3)</source>
        <translation>%1 von %2 belegt (max. %3)</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>Physische Funktion</translation>
    </message>
    <message>
        <source>VPD</source>
        <translation>VPD</translation>
    </message>
    <message>
        <source>Netdev</source>
        <translation>Netzgerät</translation>
    </message>
    <message>
        <source>vDPA device</source>
        <translation>vDPA-Gerät</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1, %2 Mb/s</source>
        <translation>%1, %2 Mbit/s</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>vDPA chardev</source>
        <translation>vDPA-Zeichengerät</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>mdev-Typ</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>mdev type %1</source>
        <translation>mdev-Typ %1</translation>
    </message>
    <message>
        <source>%1, %2 available</source>
        <translation>%1, %2 verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Device API</source>
        <translation>Geräte-API</translation>
    </message>
    <message>
        <source>Available instances</source>
        <translation>Verfügbare Instanzen</translation>
    </message>
    <message>
        <source>Parent device</source>
        <translation>Elterngerät</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>Vendor / product</source>
        <translation>Hersteller / Produkt</translation>
    </message>
    <message>
        <source>VFs used / total, or instances available</source>
        <translation>VFs belegt / gesamt oder verfügbare Instanzen</translation>
    </message>
    <message>
        <source> (orphan)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <source> (broken)</source>
        <translation> (defekt)</translation>
    </message>
    <message>
        <source>%1 / %2 VFs (max %3)</source>
        <translation>%1 / %2 VFs (max. %3)</translation>
    </message>
    <message>
        <source>mdev type</source>
        <translation>mdev-Typ</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices by name, address, driver or product</source>
        <translation>Geräte nach Name, Adresse, Treiber oder Produkt filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All NUMA nodes</source>
        <translation>Alle NUMA-Knoten</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>SR-IOV PFs</source>
        <translation>SR-IOV-PFs</translation>
    </message>
    <message>
        <source>SR-IOV VFs</source>
        <translation>SR-IOV-VFs</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>vDPA-Geräte</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>GPUs (mdev parents)</source>
        <translation>GPUs (mdev-Eltern)</translation>
    </message>
    <message>
        <source>Mediated devices</source>
        <translation>Vermittelte Geräte (mdev)</translation>
    </message>
    <message>
        <source>Other PCI devices</source>
        <translation>Andere PCI-Geräte</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;XML</source>
        <translation>&amp;XML kopieren</translation>
    </message>
    <message>
        <source>&amp;Use in Flavor</source>
        <translation>In Flavor &amp;verwenden</translation>
    </message>
    <message>
        <source>Add the port or resource request this device needs to the current flavor</source>
        <translation>Fügt dem aktuellen Flavor den Port oder die Ressourcenanforderung hinzu, die dieses Gerät braucht</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
</context>
<context>
    <name>ExtraSpecTableModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>unknown key: Nova rejects it</source>
        <translation>unbekannter Schlüssel: Nova lehnt ihn ab</translation>
    </message>
    <message>
        <source>unknown namespace: not checked by Nova</source>
        <translation>unbekannter Namensraum: von Nova nicht geprüft</translation>
    </message>
    <message>
        <source>unknown key: not checked by Nova</source>
        <translation>unbekannter Schlüssel: von Nova nicht geprüft</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A: extra-spec API</source>
        <translation>A: Extra-Spec-API</translation>
    </message>
    <message>
        <source>B: server API</source>
        <translation>B: Server-API</translation>
    </message>
    <message>
        <source>C: scheduler</source>
        <translation>C: Scheduler</translation>
    </message>
    <message>
        <source>D: compute spawn</source>
        <translation>D: Start auf dem Compute-Host</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Nova raises %1</source>
        <translation>Nova löst %1 aus</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>&amp;Show in Editor</source>
        <translation>Im &amp;Editor zeigen</translation>
    </message>
    <message>
        <source>Apply the finding's fix to the flavor (undoable)</source>
        <translation>Die Korrektur des Befunds auf den Flavor anwenden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2: %3 finding(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit Nova %2: %3 Befund(e)</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Kein Flavor ausgewählt</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Nova raises %1</source>
        <translation>Nova löst %1 aus</translation>
    </message>
    <message>
        <source>HTTP %1 on Nova %2</source>
        <translation>HTTP %1 mit Nova %2</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Korrektur:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FlavorDocument</name>
    <message>
        <source>The flavor library is read-only in auditor mode.</source>
        <translation>Die Flavor-Bibliothek ist im Prüfermodus schreibgeschützt.</translation>
    </message>
    <message>
        <source>The flavor library has no file yet.</source>
        <translation>Die Flavor-Bibliothek hat noch keine Datei.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set image property %1</source>
        <translation>Image-Eigenschaft %1 setzen</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>Add flavor %1</source>
        <translation>Flavor %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove flavor %1</source>
        <translation>Flavor %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FlavorEditor</name>
    <message>
        <source>custom trait, e.g. CUSTOM_NVIDIA_11</source>
        <translation>eigener Trait, z. B. CUSTOM_NVIDIA_11</translation>
    </message>
    <message>
        <source>Set vGPU type</source>
        <translation>vGPU-Typ festlegen</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>Pinning</translation>
    </message>
    <message>
        <source>CPU policy</source>
        <translation>CPU-Richtlinie</translation>
    </message>
    <message>
        <source>Thread policy</source>
        <translation>Thread-Richtlinie</translation>
    </message>
    <message>
        <source>Emulator threads</source>
        <translation>Emulator-Threads</translation>
    </message>
    <message>
        <source>Dedicated mask (mixed)</source>
        <translation>Dedizierte Maske (mixed)</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Realtime mask</source>
        <translation>Echtzeitmaske</translation>
    </message>
    <message>
        <source>Virtual PMU</source>
        <translation>Virtuelle PMU</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockel</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Max sockets</source>
        <translation>Max. Sockel</translation>
    </message>
    <message>
        <source>Max cores</source>
        <translation>Max. Kerne</translation>
    </message>
    <message>
        <source>Max threads</source>
        <translation>Max. Threads</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Locked memory</source>
        <translation>Gesperrter Speicher</translation>
    </message>
    <message>
        <source>NUMA</source>
        <translation>NUMA</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>PCI NUMA affinity</source>
        <translation>PCI-NUMA-Affinität</translation>
    </message>
    <message>
        <source>vIOMMU</source>
        <translation>vIOMMU</translation>
    </message>
    <message>
        <source>vIOMMU model</source>
        <translation>vIOMMU-Modell</translation>
    </message>
    <message>
        <source>Machine type (image)</source>
        <translation>Maschinentyp (Image)</translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>vGPU count</source>
        <translation>Anzahl vGPUs</translation>
    </message>
    <message>
        <source>vGPU type</source>
        <translation>vGPU-Typ</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Multiqueue</source>
        <translation>Multiqueue</translation>
    </message>
</context>
<context>
    <name>FlavorLibraryModel</name>
    <message>
        <source>vCPUs: %1, RAM: %2 MB, disk: %3 GB, ports: %4, extra specs: %5</source>
        <translation>vCPUs: %1, RAM: %2 MB, Disk: %3 GB, Ports: %4, Extra Specs: %5</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>Nova %1: %2 error(s), %3 warning(s), %4 note(s)</source>
        <translation>Nova %1: %2 Fehler, %3 Warnung(en), %4 Hinweis(e)</translation>
    </message>
    <message>
        <source>Unsaved library</source>
        <translation>Ungespeicherte Bibliothek</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>HostDetails</name>
    <message>
        <source>&lt;p&gt;Select a host to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Host, um Einzelheiten zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Not captured yet: connect to read the host.</source>
        <translation>Noch nicht erfasst: verbinden, um den Host zu lesen.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>%1 (per NUMA cell: %2 × %3 × %4 sockets × cores × threads)</source>
        <translation>%1 (je NUMA-Zelle: %2 × %3 × %4 Sockel × Kerne × Threads)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>NUMA cells</source>
        <translation>NUMA-Zellen</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Hugepages (free / total)</source>
        <translation>Hugepages (frei / gesamt)</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Host facts (ssh probe of %1)</source>
        <translation>Host-Fakten (SSH-Abfrage von %1)</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Realtime kernel</source>
        <translation>Echtzeit-Kernel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Isolated CPUs</source>
        <translation>Isolierte CPUs</translation>
    </message>
    <message>
        <source>SMT</source>
        <translation>SMT</translation>
    </message>
    <message>
        <source>libvirt (probe)</source>
        <translation>libvirt (Abfrage)</translation>
    </message>
    <message>
        <source>QEMU (probe)</source>
        <translation>QEMU (Abfrage)</translation>
    </message>
    <message>
        <source>Memlock limit</source>
        <translation>Memlock-Grenze</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>node %1, %2: %3 free of %4</source>
        <translation>Knoten %1, %2: %3 von %4 frei</translation>
    </message>
    <message>
        <source>Hugepage pools</source>
        <translation>Hugepage-Pools</translation>
    </message>
    <message>
        <source>vDPA devices</source>
        <translation>vDPA-Geräte</translation>
    </message>
    <message>
        <source>mdev types</source>
        <translation>mdev-Typen</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>snapshot of %1</source>
        <translation>Schnappschuss vom %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>connected (read-only)</source>
        <translation>verbunden (nur lesend)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message numerus="yes">
        <source>disconnected: %1 (retry in %n s)</source>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
</context>
<context>
    <name>HostValidator</name>
    <message>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
    </message>
    <message>
        <source>validation on a host defines a scratch domain; not available in auditor mode</source>
        <translation>die Prüfung auf einem Host definiert eine temporäre Domain; im Prüfermodus nicht verfügbar</translation>
    </message>
    <message>
        <source>no live connection to the host</source>
        <translation>keine aktive Verbindung zum Host</translation>
    </message>
    <message>
        <source>the connection is read-only: %1</source>
        <translation>die Verbindung ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>accepted by libvirt</source>
        <translation>von libvirt akzeptiert</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Host…</source>
        <translation>Mit Host &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Open Host Snapshot…</source>
        <translation>Host-Schnappschuss ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>C&amp;apture Snapshot…</source>
        <translation>Schnappschuss &amp;erfassen…</translation>
    </message>
    <message>
        <source>Load Host &amp;Facts…</source>
        <translation>Host-&amp;Fakten laden…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu ve&amp;rbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Re&amp;move Host</source>
        <translation>Host ent&amp;fernen</translation>
    </message>
    <message>
        <source>Open Host Snapshot</source>
        <translation>Host-Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost);;All files (*)</source>
        <translation>vDeck-Host-Schnappschüsse (*.vdeckhost);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Host Snapshot</source>
        <translation>Host-Schnappschuss speichern</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost)</source>
        <translation>vDeck-Host-Schnappschüsse (*.vdeckhost)</translation>
    </message>
    <message>
        <source>Load Host Facts (vdeckctl probe --json)</source>
        <translation>Host-Fakten laden (vdeckctl probe --json)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>vDeck flavor libraries (*.vdeckflavors);;All files (*)</source>
        <translation>vDeck-Flavor-Bibliotheken (*.vdeckflavors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nova API requests (*.json)</source>
        <translation>Nova-API-Anfragen (*.json)</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <source>Ansible task files (*.yml *.yaml)</source>
        <translation>Ansible-Task-Dateien (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Heat templates (*.yaml *.yml)</source>
        <translation>Heat-Vorlagen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>vDeck flavor library…</source>
        <translation>vDeck-Flavor-Bibliothek…</translation>
    </message>
    <message>
        <source>Nova API JSON requests…</source>
        <translation>Nova-API-JSON-Anfragen…</translation>
    </message>
    <message>
        <source>openstack CLI script…</source>
        <translation>openstack-CLI-Skript…</translation>
    </message>
    <message>
        <source>Ansible tasks…</source>
        <translation>Ansible-Tasks…</translation>
    </message>
    <message>
        <source>Heat template…</source>
        <translation>Heat-Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Export Flavors</source>
        <translation>Flavors &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;New Flavor Library</source>
        <translation>&amp;Neue Flavor-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Open Flavor Library…</source>
        <translation>Flavor-Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Flavor Library</source>
        <translation>Flavor-Bibliothek &amp;speichern</translation>
    </message>
    <message>
        <source>Save Flavor Library &amp;As…</source>
        <translation>Flavor-Bibliothek speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import Flavors (openstack / Nova API JSON)…</source>
        <translation>Flavors &amp;importieren (openstack / Nova-API-JSON)…</translation>
    </message>
    <message>
        <source>Add Flavor</source>
        <translation>Flavor hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Flavor</source>
        <translation>Flavor duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove Flavor</source>
        <translation>Flavor entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Export Flavors</source>
        <translation>Flavors exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Unsaved Flavors</source>
        <translation>Ungespeicherte Flavors</translation>
    </message>
    <message>
        <source>The flavor library has unsaved changes. Discard them?</source>
        <translation>Die Flavor-Bibliothek hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Flavor Library</source>
        <translation>Flavor-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Flavor Library</source>
        <translation>Flavor-Bibliothek speichern</translation>
    </message>
    <message>
        <source>Import Flavors</source>
        <translation>Flavors importieren</translation>
    </message>
    <message>
        <source>Flavor JSON (openstack flavor show -f json, Nova API) (*.json);;All files (*)</source>
        <translation>Flavor-JSON (openstack flavor show -f json, Nova-API) (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 flavor(s) from %2</source>
        <translation>%1 Flavor(s) aus %2 importiert</translation>
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
        <translation>Kein Host geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About vDeck</source>
        <translation>Ü&amp;ber vDeck</translation>
    </message>
    <message>
        <source>About vDeck</source>
        <translation>Über vDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;A console for accelerated virtualization hosts: device trees, Nova flavors, libvirt domain XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vDeck %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für beschleunigte Virtualisierungshosts: Gerätebäume, Nova-Flavors, libvirt-Domain-XML.&lt;/p&gt;&lt;p&gt;Qt %2 · libvirt %3 · libssh %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Nova release:</source>
        <translation>Nova-Release:</translation>
    </message>
    <message>
        <source>%1 has no flavor '%2' (it has: %3)</source>
        <translation>%1 enthält keinen Flavor „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation>Demo-Host</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>validation needs a live operator connection to the host; snapshots cannot define domains</source>
        <translation>die Prüfung braucht eine Live-Verbindung im Betriebsmodus; Snapshots können keine Domains definieren</translation>
    </message>
    <message>
        <source>Use %1 in flavor</source>
        <translation>%1 im Flavor verwenden</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NumaMapsEditor</name>
    <message>
        <source>vCPUs (hw:numa_cpus.N)</source>
        <translation>vCPUs (hw:numa_cpus.N)</translation>
    </message>
    <message>
        <source>Memory MB (hw:numa_mem.N)</source>
        <translation>Speicher in MB (hw:numa_mem.N)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>Live migrate</source>
        <translation>Live-Migration</translation>
    </message>
    <message>
        <source>Cold migrate</source>
        <translation>Kalt-Migration</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translation>Evakuieren</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Zurückstellen (shelve)</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Wiederherstellen (unshelve)</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Rettungsmodus</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>Attach interface</source>
        <translation>Schnittstelle anhängen</translation>
    </message>
    <message>
        <source>Detach interface</source>
        <translation>Schnittstelle abhängen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Detach volume</source>
        <translation>Volume abhängen</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>allowed with caveat</source>
        <translation>erlaubt mit Einschränkung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Lifecycle operations of &lt;b&gt;%1&lt;/b&gt; on Nova %2</source>
        <translation>Lebenszyklus-Vorgänge von &lt;b&gt;%1&lt;/b&gt; mit Nova %2</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Kein Flavor ausgewählt</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workaround:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abhilfe:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PortsEditor</name>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>vNIC type</source>
        <translation>vNIC-Typ</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Physisches Netz</translation>
    </message>
    <message>
        <source>Set physical network</source>
        <translation>Physisches Netz festlegen</translation>
    </message>
    <message>
        <source>Set vNIC type</source>
        <translation>vNIC-Typ festlegen</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>RawSpecsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>key, e.g. hw:cpu_policy</source>
        <translation>Schlüssel, z. B. hw:cpu_policy</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Edit extra specs</source>
        <translation>Extra Specs bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReleaseSelector</name>
    <message>
        <source>Nova release the findings, HTTP statuses and operations are computed for</source>
        <translation>Nova-Release, für das Befunde, HTTP-Status und Vorgänge berechnet werden</translation>
    </message>
    <message>
        <source>master (2026.2 cycle, unreleased)</source>
        <translation>master (Zyklus 2026.2, unveröffentlicht)</translation>
    </message>
    <message>
        <source>Extra specs are checked against the registry of Nova %1</source>
        <translation>Extra Specs werden anhand der Registry von Nova %1 geprüft</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>libvirt schema not found: %1</source>
        <translation>libvirt-Schema nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot load schema %1: %2</source>
        <translation>Schema %1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not render the window</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>XmlPreviewPanel</name>
    <message>
        <source>Domain XML preview</source>
        <translation>Vorschau des Domain-XML</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Show what the last edit changed in the document</source>
        <translation>Zeigen, was die letzte Bearbeitung im Dokument geändert hat</translation>
    </message>
    <message>
        <source>Validate on host</source>
        <translation>Auf dem Host prüfen</translation>
    </message>
    <message>
        <source>Define the document on the host under a scratch name and undefine it at once</source>
        <translation>Das Dokument auf dem Host unter einem Wegwerfnamen definieren und sofort wieder entfernen</translation>
    </message>
    <message>
        <source>Validating on the host…</source>
        <translation>Prüfung auf dem Host…</translation>
    </message>
    <message>
        <source>Domain XML on %1</source>
        <translation>Domain-XML auf %1</translation>
    </message>
    <message>
        <source>Nova would not build this guest:

%1</source>
        <translation>Nova würde diesen Gast nicht erstellen:

%1</translation>
    </message>
    <message>
        <source>Open a host (or the demo host) to see the domain XML of this flavor on it.</source>
        <translation>Öffnen Sie einen Host (oder den Demo-Host), um das Domain-XML dieses Flavors darauf zu sehen.</translation>
    </message>
    <message>
        <source>Host: accepted by libvirt</source>
        <translation>Host: von libvirt angenommen</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>before the last edit</source>
        <translation>vor der letzten Bearbeitung</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The last edit did not change the document.</source>
        <translation>Die letzte Bearbeitung hat das Dokument nicht geändert.</translation>
    </message>
    <message>
        <source>Schema: checking…</source>
        <translation>Schema: wird geprüft…</translation>
    </message>
    <message>
        <source>Schema: valid (libvirt domain.rng)</source>
        <translation>Schema: gültig (libvirt domain.rng)</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Save domain XML</source>
        <translation>Domain-XML speichern</translation>
    </message>
    <message>
        <source>libvirt domain XML (*.xml)</source>
        <translation>libvirt-Domain-XML (*.xml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>hosts</name>
    <message>
        <source>a host name is needed</source>
        <translation>ein Hostname wird benötigt</translation>
    </message>
    <message>
        <source>driver path must be /system or /session</source>
        <translation>der Treiberpfad muss /system oder /session sein</translation>
    </message>
    <message>
        <source>the test driver needs an absolute file path</source>
        <translation>der Testtreiber braucht einen absoluten Dateipfad</translation>
    </message>
</context>
<context>
    <name>hosts::HostManager</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Reading devices of %1</source>
        <translation>Lese Geräte von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>%1 has no captured state to save yet</source>
        <translation>%1 hat noch keinen erfassten Zustand zum Speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Speichere %1…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for accelerated virtualization hosts</source>
        <translation>Konsole für beschleunigte Virtualisierungshosts</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm in DATEI (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity.</source>
        <translation>Seite ID zeigen: hosts, devices, flavors, xml, findings, operations, capacity.</translation>
    </message>
    <message>
        <source>User interface language: de, fr or en.</source>
        <translation>Sprache der Oberfläche: de, fr oder en.</translation>
    </message>
    <message>
        <source>Auditor mode: read-only connections, no write actions.</source>
        <translation>Prüfmodus: nur lesende Verbindungen, keine schreibenden Aktionen.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Open the flavor library F (any importable flavor format).</source>
        <translation>Die Flavor-Bibliothek F öffnen (jedes importierbare Flavor-Format).</translation>
    </message>
    <message>
        <source>Select flavor NAME of the library.</source>
        <translation>Den Flavor NAME der Bibliothek auswählen.</translation>
    </message>
    <message>
        <source>--flavor needs --flavor-file</source>
        <translation>--flavor benötigt --flavor-file</translation>
    </message>
    <message>
        <source>Open the host snapshot F (.vdeckhost) instead of the demo host.</source>
        <translation>Den Host-Schnappschuss F (.vdeckhost) statt des Demo-Hosts öffnen.</translation>
    </message>
</context>
</TS>