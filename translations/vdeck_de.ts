<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <message>
        <source>Instances that fit now</source>
        <translation>Instanzen, die jetzt passen</translation>
    </message>
    <message>
        <source>Instances of the current flavor that fit</source>
        <translation>Instanzen des aktuellen Flavors, die passen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — limited by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 — begrenzt durch %3</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Instances of %1 that fit</source>
        <translation>Instanzen von %1, die passen</translation>
    </message>
    <message>
        <source>No flavor selected.</source>
        <translation>Kein Flavor ausgewählt.</translation>
    </message>
    <message>
        <source>No host open.</source>
        <translation>Kein Host geöffnet.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>instances that fit (colour: what runs out first)</source>
        <translation>passende Instanzen (Farbe: was zuerst ausgeht)</translation>
    </message>
    <message>
        <source>compute nodes (by instances that fit; colour: what runs out first)</source>
        <translation>Compute-Knoten (nach passenden Instanzen; Farbe: was zuerst ausgeht)</translation>
    </message>
    <message>
        <source>This Host</source>
        <translation>Dieser Host</translation>
    </message>
    <message>
        <source>Fleet (Placement)</source>
        <translation>Flotte (Placement)</translation>
    </message>
</context>
<context>
    <name>CloudFlavorsModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>only in cloud</source>
        <translation>nur in der Cloud</translation>
    </message>
    <message>
        <source>only in library</source>
        <translation>nur in der Bibliothek</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>CloudPasswordDialog</name>
    <message>
        <source>Password for Cloud %1</source>
        <translation>Passwort für Cloud %1</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>clouds.yaml has no password for %1, and the desktop keyring remembers none. It is used for this session only, unless you tick Remember.</source>
        <translation>clouds.yaml enthält kein Passwort für %1, und der Schlüsselbund des Desktops hat keines hinterlegt. Es gilt nur für diese Sitzung, außer Sie wählen „Merken“.</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring (Secret Service, service &quot;vdeck&quot;) for the next connections; never in vDeck&apos;s own files or settings</source>
        <translation>Das Passwort für die nächsten Verbindungen im Schlüsselbund des Desktops hinterlegen (Secret Service, Dienst „vdeck“), nie in vDecks eigenen Dateien oder Einstellungen</translation>
    </message>
</context>
<context>
    <name>CloudsPage</name>
    <message>
        <source>Cloud:</source>
        <translation>Cloud:</translation>
    </message>
    <message>
        <source>&amp;Connect and Pull</source>
        <translation>&amp;Verbinden und abrufen</translation>
    </message>
    <message>
        <source>Sign in to the cloud, read its release and every flavor it holds</source>
        <translation>Bei der Cloud anmelden, ihr Release und alle ihre Flavors lesen</translation>
    </message>
    <message>
        <source>&amp;Reload clouds.yaml</source>
        <translation>clouds.yaml neu &amp;laden</translation>
    </message>
    <message>
        <source>Read clouds.yaml again (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)</source>
        <translation>clouds.yaml erneut lesen (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)</translation>
    </message>
    <message>
        <source>&amp;Push Library…</source>
        <translation>Bibliothek &amp;übertragen…</translation>
    </message>
    <message>
        <source>Make the cloud hold the open library&apos;s flavors: shows the plan first</source>
        <translation>Die Flavors der offenen Bibliothek in die Cloud bringen: zeigt zuerst den Plan</translation>
    </message>
    <message>
        <source>&amp;Open in Library</source>
        <translation>In Bibliothek ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Select the library&apos;s flavor of this name on the flavors page</source>
        <translation>Den Flavor dieses Namens der Bibliothek auf der Flavor-Seite auswählen</translation>
    </message>
    <message>
        <source>&amp;Import into Library</source>
        <translation>In Bibliothek &amp;importieren</translation>
    </message>
    <message>
        <source>Copy the deployed flavor into the open library (replaces the library&apos;s flavor of that name; undoable)</source>
        <translation>Den bereitgestellten Flavor in die offene Bibliothek kopieren (ersetzt den Flavor dieses Namens; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Import &amp;All</source>
        <translation>&amp;Alle importieren</translation>
    </message>
    <message>
        <source>Copy every deployed flavor into the open library (undoable)</source>
        <translation>Alle bereitgestellten Flavors in die offene Bibliothek kopieren (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Library and Cloud</source>
        <translation>Bibliothek und Cloud</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>clouds.yaml (%1) has no cloud &apos;%2&apos; (it has: %3)</source>
        <translation>clouds.yaml (%1) enthält keine Cloud „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>No clouds.yaml found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml).</source>
        <translation>Keine clouds.yaml gefunden (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml).</translation>
    </message>
    <message>
        <source>%1 names no cloud.</source>
        <translation>%1 nennt keine Cloud.</translation>
    </message>
    <message>
        <source>%1: not connected.</source>
        <translation>%1: nicht verbunden.</translation>
    </message>
    <message>
        <source>%1: not connected (%2).</source>
        <translation>%1: nicht verbunden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: connecting… %n flavor(s) read.</source>
        <translation>
            <numerusform>%1: Verbindung… %n Flavor gelesen.</numerusform>
            <numerusform>%1: Verbindung… %n Flavors gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: connected, %2. %n flavor(s), %3 with errors for this release.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: verbunden, %2. %n Flavor, %3 mit Fehlern für dieses Release.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: verbunden, %2. %n Flavors, %3 mit Fehlern für dieses Release.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>%1: error. %2</source>
        <translation>%1: Fehler. %2</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>Kein Flavor ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in cloud %2 on %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in Cloud %2 mit %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is only in the library.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist nur in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%n field(s) differ)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%n Feld weicht ab)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 (%n Felder weichen ab)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 from cloud</source>
        <translation>%1 aus der Cloud importieren</translation>
    </message>
    <message>
        <source>%1 imported into the library.</source>
        <translation>%1 in die Bibliothek importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n flavor(s) from cloud %1</source>
        <translation>
            <numerusform>%n Flavor aus Cloud %1 importieren</numerusform>
            <numerusform>%n Flavors aus Cloud %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s) imported into the library.</source>
        <translation>
            <numerusform>%n Flavor in die Bibliothek importiert.</numerusform>
            <numerusform>%n Flavors in die Bibliothek importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Pass&amp;word</source>
        <translation>&amp;Passwort vergessen</translation>
    </message>
    <message>
        <source>Remove this cloud&apos;s password from the desktop keyring (service &quot;vdeck&quot;) and from this session</source>
        <translation>Das Passwort dieser Cloud aus dem Schlüsselbund des Desktops (Dienst „vdeck“) und aus dieser Sitzung entfernen</translation>
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
    <name>ComputeProfileDialog</name>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Compute Profile of %1</source>
        <translation>Compute-Profil von %1</translation>
    </message>
    <message>
        <source>The nova.conf values of this compute host that change the domain XML Nova writes. Empty fields keep Nova&apos;s defaults.</source>
        <translation>Die nova.conf-Werte dieses Compute-Hosts, die das Domain-XML verändern, das Nova schreibt. Leere Felder behalten Novas Standardwerte.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>unset, e.g. 2-15,34-47</source>
        <translation>nicht gesetzt, z. B. 2-15,34-47</translation>
    </message>
    <message>
        <source>unset, e.g. 0-1,32-33</source>
        <translation>nicht gesetzt, z. B. 0-1,32-33</translation>
    </message>
    <message>
        <source>unset (by architecture)</source>
        <translation>nicht gesetzt (nach Architektur)</translation>
    </message>
    <message>
        <source>comma-separated, for cpu_mode=custom</source>
        <translation>durch Kommas getrennt, für cpu_mode=custom</translation>
    </message>
    <message>
        <source>e.g. x86_64=q35</source>
        <translation>z. B. x86_64=q35</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>[pci] alias in row %1 needs a name</source>
        <translation>[pci]-Alias in Zeile %1 braucht einen Namen</translation>
    </message>
    <message>
        <source>[pci] alias &apos;%1&apos; is defined twice</source>
        <translation>[pci]-Alias &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>Load Compute Profile</source>
        <translation>Compute-Profil laden</translation>
    </message>
    <message>
        <source>Compute profiles (*.json);;All files (*)</source>
        <translation>Compute-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Compute Profile</source>
        <translation>Compute-Profil speichern</translation>
    </message>
    <message>
        <source>Compute profiles (*.json)</source>
        <translation>Compute-Profile (*.json)</translation>
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
        <source>libvirt or the ssh probe asks for these to connect to %1. vDeck passes them on and does not store them.</source>
        <translation>libvirt oder die ssh-Abfrage fragt dies für die Verbindung zu %1. vDeck gibt es weiter und speichert es nicht.</translation>
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
        <source>Select a device to see libvirt&apos;s XML for it.</source>
        <translation>Wählen Sie ein Gerät, um sein libvirt-XML zu sehen.</translation>
    </message>
    <message>
        <source>%1 more lines; Copy XML copies the whole document</source>
        <translation>%1 weitere Zeilen; „XML kopieren“ kopiert das ganze Dokument</translation>
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
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>nova.conf [pci]</source>
        <translation>nova.conf [pci]</translation>
    </message>
    <message>
        <source>not known: probe the host, or write it on the PCI passthrough page</source>
        <translation>unbekannt: den Host abfragen oder sie auf der Seite „PCI-Passthrough“ schreiben</translation>
    </message>
    <message>
        <source>dev_type</source>
        <translation>dev_type</translation>
    </message>
    <message>
        <source>device_spec</source>
        <translation>device_spec</translation>
    </message>
    <message>
        <source>not claimed</source>
        <translation>nicht beansprucht</translation>
    </message>
    <message>
        <source>#%1 (%2): %3</source>
        <translation>#%1 (%2): %3</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Resource class</source>
        <translation>Ressourcenklasse</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>not reported (a physical_network device: Neutron&apos;s ports request it)</source>
        <translation>nicht gemeldet (ein Gerät mit physical_network: Neutron-Ports fordern es an)</translation>
    </message>
    <message>
        <source>not reported ([pci] report_in_placement is off)</source>
        <translation>nicht gemeldet ([pci] report_in_placement ist aus)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
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
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>mdev type (%1)</source>
        <translation>mdev-Typ (%1)</translation>
    </message>
    <message>
        <source>%1 (shut off)</source>
        <translation>%1 (ausgeschaltet)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Nova PCI</source>
        <translation>Nova-PCI</translation>
    </message>
    <message>
        <source>%1: not claimed</source>
        <translation>%1: nicht beansprucht</translation>
    </message>
    <message>
        <source>%1: spec #%2</source>
        <translation>%1: Spec #%2</translation>
    </message>
    <message>
        <source>%1: spec #%2, alias %3</source>
        <translation>%1: Spec #%2, Alias %3</translation>
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
    <message>
        <source>mdev types</source>
        <translation>mdev-Typen</translation>
    </message>
</context>
<context>
    <name>DomainDefineCheck</name>
    <message>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
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
    <message>
        <source>the connection is read only (auditor mode): validating on a host defines a scratch domain</source>
        <translation>die Verbindung ist schreibgeschützt (Prüfermodus): die Prüfung auf einem Host definiert eine temporäre Domain</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <source>Compare with a baseline snapshot…</source>
        <translation>Mit Referenz-Schnappschuss vergleichen…</translation>
    </message>
    <message>
        <source>Save a snapshot of the host when it is right (Capture Snapshot), and compare it after a reboot or an update.</source>
        <translation>Speichern Sie einen Schnappschuss des Hosts, solange er richtig eingerichtet ist („Schnappschuss erfassen“), und vergleichen Sie ihn nach einem Neustart oder Update.</translation>
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
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Baseline snapshot</source>
        <translation>Referenz-Schnappschuss</translation>
    </message>
    <message>
        <source>vDeck host snapshots (*.vdeckhost)</source>
        <translation>vDeck-Host-Schnappschüsse (*.vdeckhost)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>No drift since %1 (%2).</source>
        <translation>Keine Abweichung seit %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n drift(s) since %1 (%2).</source>
        <translation>
            <numerusform>%n Abweichung seit %1 (%2).</numerusform>
            <numerusform>%n Abweichungen seit %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditHostDialog</name>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <source>Edit Host</source>
        <translation>Host bearbeiten</translation>
    </message>
    <message>
        <source>ssh key file for the host probe (optional)</source>
        <translation>ssh-Schlüsseldatei für die Host-Abfrage (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>ssh &amp;key:</source>
        <translation>ssh-&amp;Schlüssel:</translation>
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
    <name>FindingText</name>
    <message>
        <source>[libvirt] %1 must be an integer</source>
        <translation>[libvirt] %1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>[libvirt] virt_type &apos;%1&apos; is not one of %2</source>
        <translation>[libvirt] virt_type &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>[libvirt] cpu_mode &apos;%1&apos; is not one of %2</source>
        <translation>[libvirt] cpu_mode &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>[pci] alias entries need a name</source>
        <translation>[pci]-alias-Einträge brauchen einen Namen</translation>
    </message>
    <message>
        <source>not a vDeck compute profile (format must be &quot;%1&quot;)</source>
        <translation>kein vDeck-Compute-Profil (format muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>unsupported compute profile version %1</source>
        <translation>nicht unterstützte Compute-Profil-Version %1</translation>
    </message>
    <message>
        <source>[compute] %1=%2: %3</source>
        <translation>[compute] %1=%2: %3</translation>
    </message>
    <message>
        <source>Invalid &apos;[compute] %1&apos; config: one or more of the configured CPUs is not online (%2 is not within %3).</source>
        <translation>Ungültige Konfiguration &apos;[compute] %1&apos;: eine oder mehrere der konfigurierten CPUs sind nicht online (%2 liegt nicht in %3).</translation>
    </message>
    <message>
        <source>%1 vGPU(s): no mdev-capable device with instances available</source>
        <translation>%1 vGPU(s): kein mdev-fähiges Gerät mit verfügbaren Instanzen</translation>
    </message>
    <message>
        <source>vGPU %1 of %2: no free %3 mdev on %4</source>
        <translation>vGPU %1 von %2: kein freies %3-mdev auf %4</translation>
    </message>
    <message>
        <source>PCI alias &apos;%1&apos; is not in the profile&apos;s [pci] alias</source>
        <translation>PCI-Alias &apos;%1&apos; steht nicht im [pci] alias des Profils</translation>
    </message>
    <message>
        <source>PCI alias &apos;%1&apos;: %2 of %3 devices %4:%5 free</source>
        <translation>PCI-Alias &apos;%1&apos;: %2 von %3 Geräten %4:%5 frei</translation>
    </message>
    <message>
        <source>port %1: no free %2 device%3</source>
        <translation>Port %1: kein freies %2-Gerät%3</translation>
    </message>
    <message>
        <source>vIOMMU is not supported for the %1 architecture.</source>
        <translation>vIOMMU wird für die Architektur %1 nicht unterstützt.</translation>
    </message>
    <message>
        <source>vIOMMU is not supported by machine type %1 for architecture %2.</source>
        <translation>vIOMMU wird vom Maschinentyp %1 für die Architektur %2 nicht unterstützt.</translation>
    </message>
    <message>
        <source>Realtime with hw:emulator_threads_policy=share needs [compute] cpu_shared_set on the host.</source>
        <translation>Echtzeit mit hw:emulator_threads_policy=share braucht [compute] cpu_shared_set auf dem Host.</translation>
    </message>
    <message>
        <source>Huge pages cannot be used with [libvirt] file_backed_memory.</source>
        <translation>Hugepages können nicht mit [libvirt] file_backed_memory verwendet werden.</translation>
    </message>
    <message>
        <source>Flavor and image set hw:virtio_packed_ring / hw_virtio_packed_ring to different values.</source>
        <translation>Flavor und Image setzen hw:virtio_packed_ring / hw_virtio_packed_ring auf unterschiedliche Werte.</translation>
    </message>
    <message>
        <source>The requested devices are not free on the host NUMA node(s) the instance fits on.</source>
        <translation>Die angeforderten Geräte sind auf den NUMA-Knoten des Hosts, auf die die Instanz passt, nicht frei.</translation>
    </message>
    <message>
        <source>The instance&apos;s NUMA topology (pinned CPUs, thread policy, page size and memory per cell) does not fit on this host.</source>
        <translation>Die NUMA-Topologie der Instanz (gepinnte CPUs, Thread-Richtlinie, Seitengröße und Speicher pro Zelle) passt nicht auf diesen Host.</translation>
    </message>
    <message>
        <source>Invalid range expression %1</source>
        <translation>Ungültiger Bereichsausdruck %1</translation>
    </message>
    <message>
        <source>Invalid exclusion expression %1</source>
        <translation>Ungültiger Ausschlussausdruck %1</translation>
    </message>
    <message>
        <source>Invalid inclusion expression %1</source>
        <translation>Ungültiger Einschlussausdruck %1</translation>
    </message>
    <message>
        <source>Extra spec key %1 or its value breaks the API schema: keys are 1-255 characters of [a-zA-Z0-9-_:. ], values at most 255 characters. Nova rejects this at every microversion.</source>
        <translation>Der Extra-Spec-Schlüssel %1 oder sein Wert verletzt das API-Schema: Schlüssel sind 1-255 Zeichen aus [a-zA-Z0-9-_:. ], Werte höchstens 255 Zeichen. Nova lehnt dies bei jeder Microversion ab.</translation>
    </message>
    <message>
        <source>%1 is deprecated in Nova %2: %3</source>
        <translation>%1 ist in Nova %2 veraltet: %3</translation>
    </message>
    <message>
        <source>Invalid image metadata. Error: %1</source>
        <translation>Ungültige Image-Metadaten. Fehler: %1</translation>
    </message>
    <message>
        <source>Field value %1 is invalid</source>
        <translation>Feldwert %1 ist ungültig</translation>
    </message>
    <message>
        <source>invalid literal for int() with base 10: &apos;%1&apos;</source>
        <translation>ungültiges Literal für int() zur Basis 10: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Flavor %1 has hw:%2 extra spec explicitly set to %3, conflicting with the image which has hw_%2 explicitly set to %4.</source>
        <translation>Flavor %1 setzt die Extra Spec hw:%2 ausdrücklich auf %3, im Widerspruch zum Image, das hw_%2 ausdrücklich auf %4 setzt.</translation>
    </message>
    <message>
        <source>Emulator threads policy &apos;%1&apos; is not one of share, isolate.</source>
        <translation>Die Emulator-Thread-Richtlinie &apos;%1&apos; ist weder share noch isolate.</translation>
    </message>
    <message>
        <source>Use of realtime CPUs requires either one or more non-realtime CPU(s) or offloaded emulator threads.</source>
        <translation>Echtzeit-CPUs erfordern entweder eine oder mehrere Nicht-Echtzeit-CPUs oder ausgelagerte Emulator-Threads.</translation>
    </message>
    <message>
        <source>The realtime mask %1 leaves no realtime vCPU. </source>
        <translation>Die Echtzeit-Maske %1 lässt keine Echtzeit-vCPU übrig. </translation>
    </message>
    <message>
        <source>Every vCPU is realtime and hw:emulator_threads_policy is not set. </source>
        <translation>Jede vCPU ist Echtzeit und hw:emulator_threads_policy ist nicht gesetzt. </translation>
    </message>
    <message>
        <source>The realtime mask names vCPU(s) %1 outside the flavor&apos;s 0-%2.</source>
        <translation>Die Echtzeit-Maske nennt vCPU(s) %1 außerhalb von 0-%2 des Flavors.</translation>
    </message>
    <message>
        <source>CPU policy &apos;%1&apos; is not one of dedicated, shared, mixed.</source>
        <translation>Die CPU-Richtlinie &apos;%1&apos; ist keine von dedicated, shared, mixed.</translation>
    </message>
    <message>
        <source>Image property hw_cpu_policy=%1 is not allowed with flavor hw:cpu_policy=%2.</source>
        <translation>Die Image-Eigenschaft hw_cpu_policy=%1 ist mit Flavor hw:cpu_policy=%2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>CPU thread policy &apos;%1&apos; is not one of prefer, isolate, require.</source>
        <translation>Die CPU-Thread-Richtlinie &apos;%1&apos; ist keine von prefer, isolate, require.</translation>
    </message>
    <message>
        <source>Image hw_cpu_thread_policy=%1 conflicts with flavor hw:cpu_thread_policy=%2.</source>
        <translation>Image-hw_cpu_thread_policy=%1 widerspricht Flavor-hw:cpu_thread_policy=%2.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask=%1 must leave at least one dedicated and one shared vCPU.</source>
        <translation>hw:cpu_dedicated_mask=%1 muss mindestens eine dedizierte und eine geteilte vCPU lassen.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask=%1 names vCPUs outside 0-%2.</source>
        <translation>hw:cpu_dedicated_mask=%1 nennt vCPUs außerhalb von 0-%2.</translation>
    </message>
    <message>
        <source>resources:VCPU or resources:PCPU cannot be combined with hw:cpu_policy or hw_cpu_policy; use one or the other.</source>
        <translation>resources:VCPU oder resources:PCPU lassen sich nicht mit hw:cpu_policy oder hw_cpu_policy kombinieren; verwenden Sie das eine oder das andere.</translation>
    </message>
    <message>
        <source>resources:VCPU and resources:PCPU cannot both be requested; use one or the other.</source>
        <translation>resources:VCPU und resources:PCPU können nicht beide angefordert werden; verwenden Sie das eine oder das andere.</translation>
    </message>
    <message>
        <source>resources:PCPU=%1 must equal %2 (vcpus + 1 for hw:emulator_threads_policy=isolate).</source>
        <translation>resources:PCPU=%1 muss %2 sein (vcpus + 1 für hw:emulator_threads_policy=isolate).</translation>
    </message>
    <message>
        <source>resources:PCPU=%1 must equal %2 (vcpus).</source>
        <translation>resources:PCPU=%1 muss %2 sein (vcpus).</translation>
    </message>
    <message>
        <source>trait:HW_CPU_HYPERTHREADING cannot be combined with hw:cpu_thread_policy or hw_cpu_thread_policy.</source>
        <translation>trait:HW_CPU_HYPERTHREADING lässt sich nicht mit hw:cpu_thread_policy oder hw_cpu_thread_policy kombinieren.</translation>
    </message>
    <message>
        <source>A CPU thread policy needs hw:cpu_policy=dedicated or mixed.</source>
        <translation>Eine CPU-Thread-Richtlinie braucht hw:cpu_policy=dedicated oder mixed.</translation>
    </message>
    <message>
        <source>hw:emulator_threads_policy=isolate needs hw:cpu_policy=dedicated or mixed.</source>
        <translation>hw:emulator_threads_policy=isolate braucht hw:cpu_policy=dedicated oder mixed.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed.</source>
        <translation>hw:cpu_dedicated_mask gilt nur mit hw:cpu_policy=mixed.</translation>
    </message>
    <message>
        <source>Realtime needs hw:cpu_policy=dedicated or mixed; an unset policy is not implicitly dedicated.</source>
        <translation>Echtzeit braucht hw:cpu_policy=dedicated oder mixed; eine nicht gesetzte Richtlinie ist nicht stillschweigend dedicated.</translation>
    </message>
    <message>
        <source>hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed, not dedicated.</source>
        <translation>hw:cpu_dedicated_mask gilt nur mit hw:cpu_policy=mixed, nicht mit dedicated.</translation>
    </message>
    <message>
        <source>Under hw:cpu_policy=mixed give either hw:cpu_dedicated_mask or a realtime mask, not both.</source>
        <translation>Bei hw:cpu_policy=mixed entweder hw:cpu_dedicated_mask oder eine Echtzeit-Maske angeben, nicht beides.</translation>
    </message>
    <message>
        <source>hw:cpu_policy=mixed needs hw:cpu_dedicated_mask or hw:cpu_realtime with a mask.</source>
        <translation>hw:cpu_policy=mixed braucht hw:cpu_dedicated_mask oder hw:cpu_realtime mit einer Maske.</translation>
    </message>
    <message>
        <source>hw:numa_nodes is set in the flavor, so the image may not set hw_numa_nodes, even to the same value.</source>
        <translation>hw:numa_nodes ist im Flavor gesetzt, daher darf das Image hw_numa_nodes nicht setzen, auch nicht auf denselben Wert.</translation>
    </message>
    <message>
        <source>hw:numa_nodes=%1 is not a plain positive integer.</source>
        <translation>hw:numa_nodes=%1 ist keine einfache positive ganze Zahl.</translation>
    </message>
    <message>
        <source>hw_numa_nodes=%1 is not a positive integer.</source>
        <translation>hw_numa_nodes=%1 ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Page size %1 forbidden against &apos;&lt;empty&gt;&apos;: an image cannot request hugepages unless the flavor sets hw:mem_page_size=large or any.</source>
        <translation>Seitengröße %1 gegenüber &apos;&lt;empty&gt;&apos; verboten: ein Image kann keine Hugepages anfordern, außer der Flavor setzt hw:mem_page_size=large oder any.</translation>
    </message>
    <message>
        <source>Invalid memory page size &apos;%1&apos;: Nova reads sizes with a unit through oslo string_to_bytes (IEC), which needs a trailing B, b or bit and upper-case K/M/G/T (e.g. 2MB, 1GB, 2048).</source>
        <translation>Ungültige Speicherseitengröße &apos;%1&apos;: Nova liest Größen mit Einheit über oslo string_to_bytes (IEC), das ein abschließendes B, b oder bit und großes K/M/G/T verlangt (z. B. 2MB, 1GB, 2048).</translation>
    </message>
    <message>
        <source>Invalid memory page size &apos;%1&apos; in the image.</source>
        <translation>Ungültige Speicherseitengröße &apos;%1&apos; im Image.</translation>
    </message>
    <message>
        <source>Page size %1 forbidden against &apos;%2&apos;: the image may choose the page size only when the flavor says large or any.</source>
        <translation>Seitengröße %1 gegenüber &apos;%2&apos; verboten: das Image darf die Seitengröße nur wählen, wenn der Flavor large oder any angibt.</translation>
    </message>
    <message>
        <source>locked_memory value in image (%1) and flavor (%2) conflict.</source>
        <translation>Der locked_memory-Wert in Image (%1) und Flavor (%2) widerspricht sich.</translation>
    </message>
    <message>
        <source>locked_memory value in image or flavor is forbidden when mem_page_size is not set.</source>
        <translation>Ein locked_memory-Wert in Image oder Flavor ist verboten, wenn mem_page_size nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>The flavor sets the NUMA maps, so the image may not set %1.</source>
        <translation>Der Flavor setzt die NUMA-Zuordnungen, daher darf das Image %1 nicht setzen.</translation>
    </message>
    <message>
        <source>%1 vCPUs and %2 MB cannot be split evenly over %3 NUMA nodes.</source>
        <translation>%1 vCPUs und %2 MB lassen sich nicht gleichmäßig auf %3 NUMA-Knoten verteilen.</translation>
    </message>
    <message>
        <source>Every one of the %1 NUMA nodes needs both a numa_cpus.N and a numa_mem.N entry.</source>
        <translation>Jeder der %1 NUMA-Knoten braucht einen numa_cpus.N- und einen numa_mem.N-Eintrag.</translation>
    </message>
    <message>
        <source>vCPU %1 in the NUMA map is beyond the flavor&apos;s last vCPU %2.</source>
        <translation>vCPU %1 in der NUMA-Zuordnung liegt hinter der letzten vCPU %2 des Flavors.</translation>
    </message>
    <message>
        <source>vCPU %1 is mapped to more than one NUMA node.</source>
        <translation>vCPU %1 ist mehr als einem NUMA-Knoten zugeordnet.</translation>
    </message>
    <message>
        <source>vCPU(s) %1 are not mapped to any NUMA node.</source>
        <translation>vCPU(s) %1 sind keinem NUMA-Knoten zugeordnet.</translation>
    </message>
    <message>
        <source>The NUMA memory map adds up to %1 MB, not the flavor&apos;s %2 MB (hw:numa_mem.N is in MB).</source>
        <translation>Die NUMA-Speicherzuordnung ergibt %1 MB, nicht die %2 MB des Flavors (hw:numa_mem.N ist in MB).</translation>
    </message>
    <message>
        <source>vIOMMU is only supported for x86_64 and aarch64 guests, not %1.</source>
        <translation>vIOMMU wird nur für x86_64- und aarch64-Gäste unterstützt, nicht für %1.</translation>
    </message>
    <message>
        <source>vIOMMU needs a machine type containing &apos;%1&apos;; hw_machine_type=%2 fails at spawn.</source>
        <translation>vIOMMU braucht einen Maschinentyp, der &apos;%1&apos; enthält; hw_machine_type=%2 scheitert beim Start.</translation>
    </message>
    <message>
        <source>vIOMMU needs a q35 machine type, and the x86 default is pc: spawn fails with InvalidVIOMMUMachineType unless the image sets hw_machine_type=q35 or the compute sets [libvirt]hw_machine_type=x86_64=q35.</source>
        <translation>vIOMMU braucht den Maschinentyp q35, und der x86-Standard ist pc: der Start scheitert mit InvalidVIOMMUMachineType, außer das Image setzt hw_machine_type=q35 oder der Compute-Host setzt [libvirt]hw_machine_type=x86_64=q35.</translation>
    </message>
    <message>
        <source>hw:viommu_model=auto becomes virtio with libvirt &gt;= 8.3.0, otherwise intel on x86 q35 and smmuv3 on aarch64.</source>
        <translation>hw:viommu_model=auto wird mit libvirt &gt;= 8.3.0 zu virtio, sonst zu intel auf x86 q35 und zu smmuv3 auf aarch64.</translation>
    </message>
    <message>
        <source>%1=%2: the NVIDIA driver allows only one vGPU per instance per physical GPU or VF; request each vGPU in its own group (resources1:VGPU=1, resources2:VGPU=1).</source>
        <translation>%1=%2: der NVIDIA-Treiber erlaubt nur eine vGPU pro Instanz und physischer GPU oder VF; fordern Sie jede vGPU in einer eigenen Gruppe an (resources1:VGPU=1, resources2:VGPU=1).</translation>
    </message>
    <message>
        <source>Before Nova 33 (2026.1) only the first request group with VGPU is honored (bug 1758086).</source>
        <translation>Vor Nova 33 (2026.1) wird nur die erste Anforderungsgruppe mit VGPU berücksichtigt (Bug 1758086).</translation>
    </message>
    <message>
        <source>vDPA devices cannot be requested through pci_passthrough:alias; only Neutron ports with vnic_type=vdpa get them.</source>
        <translation>vDPA-Geräte können nicht über pci_passthrough:alias angefordert werden; nur Neutron-Ports mit vnic_type=vdpa erhalten sie.</translation>
    </message>
    <message>
        <source>Each alias must exist in [pci]alias on the API and conductor hosts, otherwise the boot fails with PciRequestAliasNotDefined (400).</source>
        <translation>Jeder Alias muss in [pci]alias auf den API- und Conductor-Hosts stehen, sonst scheitert der Start mit PciRequestAliasNotDefined (400).</translation>
    </message>
    <message>
        <source>hw:pci_numa_affinity_policy has no effect without a NUMA topology (pinning, hugepages or hw:numa_nodes): the PCI filter skips NUMA affinity for instances without NUMA cells.</source>
        <translation>hw:pci_numa_affinity_policy wirkt nicht ohne NUMA-Topologie (Pinning, Hugepages oder hw:numa_nodes): der PCI-Filter übergeht die NUMA-Affinität bei Instanzen ohne NUMA-Zellen.</translation>
    </message>
    <message>
        <source>vDPA devices, or several VFIO devices behind a vIOMMU, need guest memory locked; set hw:locked_memory=true together with hw:mem_page_size.</source>
        <translation>vDPA-Geräte oder mehrere VFIO-Geräte hinter einer vIOMMU brauchen gesperrten Gastspeicher; setzen Sie hw:locked_memory=true zusammen mit hw:mem_page_size.</translation>
    </message>
    <message>
        <source>vDPA needs guest memory locked; before Nova 26 the workaround is hw:cpu_realtime=yes with a mask or emulator policy, plus hugepages.</source>
        <translation>vDPA braucht gesperrten Gastspeicher; vor Nova 26 ist die Abhilfe hw:cpu_realtime=yes mit einer Maske oder Emulator-Richtlinie, dazu Hugepages.</translation>
    </message>
    <message>
        <source>Realtime guests are advised to disable the virtual PMU.</source>
        <translation>Für Echtzeit-Gäste wird empfohlen, die virtuelle PMU abzuschalten.</translation>
    </message>
    <message>
        <source>Realtime guests are advised to use hugepages.</source>
        <translation>Für Echtzeit-Gäste werden Hugepages empfohlen.</translation>
    </message>
    <message>
        <source>Realtime with hw:emulator_threads_policy=share fails at spawn (RealtimeMaskNotFoundOrInvalid) on a host without [compute]cpu_shared_set.</source>
        <translation>Echtzeit mit hw:emulator_threads_policy=share scheitert beim Start (RealtimeMaskNotFoundOrInvalid) auf einem Host ohne [compute]cpu_shared_set.</translation>
    </message>
    <message>
        <source>hw:emulator_threads_policy has no effect without a NUMA topology.</source>
        <translation>hw:emulator_threads_policy wirkt nicht ohne NUMA-Topologie.</translation>
    </message>
    <message>
        <source>The page size unit is bits: Nova reads it as %1, which no host offers, so scheduling fails.</source>
        <translation>Die Einheit der Seitengröße ist Bit: Nova liest sie als %1, was kein Host anbietet, daher scheitert die Platzierung.</translation>
    </message>
    <message>
        <source>Nova validates extra specs only at compute API microversion 2.86 or later; openstack CLI and SDK send 2.61 unless told otherwise, and then unknown keys and bad values are stored silently.</source>
        <translation>Nova prüft Extra Specs erst ab Compute-API-Microversion 2.86; openstack-CLI und SDK senden ohne weitere Angabe 2.61, und dann werden unbekannte Schlüssel und falsche Werte stillschweigend gespeichert.</translation>
    </message>
    <message>
        <source>upgrade to Nova 26 (Zed) or later with every nova-compute upgraded</source>
        <translation>auf Nova 26 (Zed) oder neuer aktualisieren, mit jedem nova-compute aktualisiert</translation>
    </message>
    <message>
        <source>Allowed only once every nova-compute reports service version &gt;= %1; until then the API answers %2.</source>
        <translation>Erst erlaubt, wenn jeder nova-compute die Service-Version &gt;= %1 meldet; bis dahin antwortet die API mit %2.</translation>
    </message>
    <message>
        <source>finish upgrading every compute host</source>
        <translation>die Aktualisierung aller Compute-Hosts abschließen</translation>
    </message>
    <message>
        <source>vDPA live migration is a hot-unplug/hot-plug migration: the guest loses connectivity on that port.</source>
        <translation>Die Live-Migration mit vDPA ist eine Hot-Unplug/Hot-Plug-Migration: der Gast verliert auf diesem Port die Verbindung.</translation>
    </message>
    <message>
        <source>bond the device with a virtio NIC in the guest</source>
        <translation>das Gerät im Gast mit einer virtio-NIC bündeln</translation>
    </message>
    <message>
        <source>vGPU live migration is not supported before Nova 29 (2024.1): MigrationPreCheckError.</source>
        <translation>Die Live-Migration mit vGPU wird vor Nova 29 (2024.1) nicht unterstützt: MigrationPreCheckError.</translation>
    </message>
    <message>
        <source>cold migrate instead</source>
        <translation>stattdessen kalt migrieren</translation>
    </message>
    <message>
        <source>vGPU live migration needs libvirt &gt;= 8.6.0, QEMU &gt;= 8.1.0 and kernel &gt;= 5.18 on both hosts, the source mdev type on the destination, live_migration_permit_post_copy=False, and tuned downtime settings.</source>
        <translation>Die Live-Migration mit vGPU braucht libvirt &gt;= 8.6.0, QEMU &gt;= 8.1.0 und Kernel &gt;= 5.18 auf beiden Hosts, den mdev-Typ der Quelle auf dem Ziel, live_migration_permit_post_copy=False und abgestimmte Downtime-Einstellungen.</translation>
    </message>
    <message>
        <source>set [libvirt]live_migration_downtime=500000, steps 3, delay 3</source>
        <translation>[libvirt]live_migration_downtime=500000, steps 3, delay 3 setzen</translation>
    </message>
    <message>
        <source>Detaching a volume from an instance with vGPUs fails before Nova 31 (bug 2074219).</source>
        <translation>Das Trennen eines Volumes von einer Instanz mit vGPUs scheitert vor Nova 31 (Bug 2074219).</translation>
    </message>
    <message>
        <source>upgrade to Nova 31</source>
        <translation>auf Nova 31 aktualisieren</translation>
    </message>
    <message>
        <source>SR-IOV direct ports are hot-unplugged and re-plugged: connectivity is lost during the migration.</source>
        <translation>SR-IOV-direct-Ports werden im Betrieb ab- und wieder angesteckt: während der Migration geht die Verbindung verloren.</translation>
    </message>
    <message>
        <source>bond the VF with a virtio NIC in the guest</source>
        <translation>die VF im Gast mit einer virtio-NIC bündeln</translation>
    </message>
    <message>
        <source>Flavor PCI aliases block live migration (MigrationPreCheckError) unless every device is tagged live_migratable; bug 2102161 ignores the tag when the device_spec has physical_network.</source>
        <translation>PCI-Aliase im Flavor blockieren die Live-Migration (MigrationPreCheckError), außer jedes Gerät ist als live_migratable markiert; Bug 2102161 übergeht die Markierung, wenn die device_spec physical_network hat.</translation>
    </message>
    <message>
        <source>Flavor PCI aliases block live migration (MigrationPreCheckError) before Nova 31.</source>
        <translation>PCI-Aliase im Flavor blockieren vor Nova 31 die Live-Migration (MigrationPreCheckError).</translation>
    </message>
    <message>
        <source>tag the alias and device_spec live_migratable: yes</source>
        <translation>Alias und device_spec mit live_migratable: yes markieren</translation>
    </message>
    <message>
        <source>%1 &gt;= %2 for %3 (%4)</source>
        <translation>%1 &gt;= %2 für %3 (%4)</translation>
    </message>
    <message>
        <source>vIOMMU model virtio (and auto -&gt; virtio)</source>
        <translation>das vIOMMU-Modell virtio (und auto -&gt; virtio)</translation>
    </message>
    <message>
        <source>nova-compute to start</source>
        <translation>den Start von nova-compute</translation>
    </message>
    <message>
        <source>%1 instances on %2</source>
        <translation>%1-Instanzen auf %2</translation>
    </message>
    <message>
        <source>mdev type %1</source>
        <translation>mdev-Typ %1</translation>
    </message>
    <message>
        <source>mdev instances (no mdev-capable device)</source>
        <translation>mdev-Instanzen (kein mdev-fähiges Gerät)</translation>
    </message>
    <message>
        <source>mdev instances (available: %1)</source>
        <translation>mdev-Instanzen (verfügbar: %1)</translation>
    </message>
    <message>
        <source>no NUMA node: %1</source>
        <translation>kein NUMA-Knoten: %1</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>devices of PCI alias &apos;%1&apos; (not in the profile&apos;s [pci] alias)</source>
        <translation>Geräte des PCI-Alias &apos;%1&apos; (nicht im [pci] alias des Profils)</translation>
    </message>
    <message>
        <source>devices of PCI alias &apos;%1&apos; (%2:%3)</source>
        <translation>Geräte des PCI-Alias &apos;%1&apos; (%2:%3)</translation>
    </message>
    <message>
        <source>pCPUs in cpu_dedicated_set</source>
        <translation>pCPUs in cpu_dedicated_set</translation>
    </message>
    <message>
        <source>the node has no %1</source>
        <translation>der Knoten hat keine %1</translation>
    </message>
    <message>
        <source>%1 free, %2 needed (%3 MiB)</source>
        <translation>%1 frei, %2 benötigt (%3 MiB)</translation>
    </message>
    <message>
        <source>%1 %2 free</source>
        <translation>%1 %2 frei</translation>
    </message>
    <message>
        <source>pages of any size</source>
        <translation>Seiten beliebiger Größe</translation>
    </message>
    <message>
        <source>%1 MiB needed; %2</source>
        <translation>%1 MiB benötigt; %2</translation>
    </message>
    <message>
        <source>%1 MiB of %2 free, %3 MiB needed (pinned instances do not overcommit)</source>
        <translation>%1 MiB an %2 frei, %3 MiB benötigt (gepinnte Instanzen überbuchen nicht)</translation>
    </message>
    <message>
        <source>%1 MiB free, %2 MiB needed</source>
        <translation>%1 MiB frei, %2 MiB benötigt</translation>
    </message>
    <message>
        <source>the node has %1 dedicated CPUs, a guest cell needs %2%3</source>
        <translation>der Knoten hat %1 dedizierte CPUs, eine Gastzelle braucht %2%3</translation>
    </message>
    <message>
        <source>the node has %1 shared CPUs, a guest cell floats %2 vCPUs on it</source>
        <translation>der Knoten hat %1 geteilte CPUs, eine Gastzelle verteilt %2 ungepinnte vCPUs darauf</translation>
    </message>
    <message>
        <source>%1 of %2 free, %3 needed%4</source>
        <translation>%1 von %2 frei, %3 benötigt%4</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 CPUs x cpu_allocation_ratio %4), %5 more needed</source>
        <translation>%1 von %2 belegt (%3 CPUs x cpu_allocation_ratio %4), %5 weitere benötigt</translation>
    </message>
    <message>
        <source>%1 of %2 MiB used, %3 MiB more needed</source>
        <translation>%1 von %2 MiB belegt, %3 MiB mehr benötigt</translation>
    </message>
    <message>
        <source>%1 free pCPUs, but not as the thread policy needs them (whole free cores for isolate, sibling threads for require)</source>
        <translation>%1 freie pCPUs, aber nicht so, wie die Thread-Richtlinie sie braucht (ganze freie Kerne für isolate, Geschwister-Threads für require)</translation>
    </message>
    <message>
        <source>NUMA nodes with room (%1 of %2 needed)</source>
        <translation>NUMA-Knoten mit Platz (%1 von %2 benötigten)</translation>
    </message>
    <message>
        <source>Each guest cell fits on some host node, but not all %1 at once.</source>
        <translation>Jede Gastzelle passt auf irgendeinen Host-Knoten, aber nicht alle %1 gleichzeitig.</translation>
    </message>
    <message>
        <source>%1 on NUMA node%2 %3</source>
        <translation>%1 auf NUMA-Knoten mit ID%2 %3</translation>
    </message>
    <message>
        <source>A guest NUMA cell (%1 MiB, %2 pinned + %3 floating vCPUs) fits on no host NUMA node: %4.</source>
        <translation>Eine Gast-NUMA-Zelle (%1 MiB, %2 gepinnte + %3 ungepinnte vCPUs) passt auf keinen NUMA-Knoten des Hosts: %4.</translation>
    </message>
    <message>
        <source>The instance needs %1 host NUMA nodes at once; only node%2 %3 %4 room (%5).</source>
        <translation>Die Instanz braucht %1 NUMA-Knoten des Hosts gleichzeitig; nur Knoten-ID%2 %3 %4 Platz (%5).</translation>
    </message>
    <message>
        <source>host CPUs (the capabilities list no NUMA cells)</source>
        <translation>Host-CPUs (die Capabilities nennen keine NUMA-Zellen)</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities list no NUMA cells and so no CPUs; Nova would report no VCPU or PCPU inventory (libvirt&apos;s test driver does this).</source>
        <translation>Die Capabilities des Hosts nennen keine NUMA-Zellen und damit keine CPUs; Nova würde kein VCPU- oder PCPU-Inventar melden (der Test-Treiber von libvirt tut das).</translation>
    </message>
    <message>
        <source>Placement has %1 PCPU left of %2 ([compute] cpu_dedicated_set); one instance needs %3.</source>
        <translation>Placement hat noch %1 von %2 PCPU ([compute] cpu_dedicated_set); eine Instanz braucht %3.</translation>
    </message>
    <message>
        <source>VCPU (%1 shared CPUs x allocation ratio %2)</source>
        <translation>VCPU (%1 geteilte CPUs x Zuteilungsverhältnis %2)</translation>
    </message>
    <message>
        <source>VCPU (none: cpu_dedicated_set without cpu_shared_set)</source>
        <translation>VCPU (keine: cpu_dedicated_set ohne cpu_shared_set)</translation>
    </message>
    <message>
        <source>Placement has %1 VCPU left of %2; one instance needs %3.</source>
        <translation>Placement hat noch %1 von %2 VCPU; eine Instanz braucht %3.</translation>
    </message>
    <message>
        <source>host memory (MEMORY_MB)</source>
        <translation>Host-Speicher (MEMORY_MB)</translation>
    </message>
    <message>
        <source>Placement has %1 MiB left of %2 MiB (less %3 MiB reserved_host_memory_mb); one instance needs %4 MiB.</source>
        <translation>Placement hat noch %1 MiB von %2 MiB (abzüglich %3 MiB reserved_host_memory_mb); eine Instanz braucht %4 MiB.</translation>
    </message>
    <message>
        <source>the flavor itself (stage %1: %2)</source>
        <translation>der Flavor selbst (Stufe %1: %2)</translation>
    </message>
    <message>
        <source>An instance needs %1; %2 left free (%3).</source>
        <translation>Eine Instanz braucht %1; %2 bleiben frei (%3).</translation>
    </message>
    <message>
        <source>%1: %2 free (%3)</source>
        <translation>%1: %2 frei (%3)</translation>
    </message>
    <message>
        <source>devices on the instance&apos;s NUMA node (%1 policy)</source>
        <translation>Geräte auf dem NUMA-Knoten der Instanz (Richtlinie %1)</translation>
    </message>
    <message>
        <source>(a combination of nodes)</source>
        <translation>(eine Kombination von Knoten)</translation>
    </message>
    <message>
        <source>The instance does not fit, for no reason vDeck can name.</source>
        <translation>Die Instanz passt nicht, aus einem Grund, den vDeck nicht benennen kann.</translation>
    </message>
    <message>
        <source>The host&apos;s %1 version is not known; vDeck cannot check %2.</source>
        <translation>Die %1-Version des Hosts ist unbekannt; vDeck kann %2 nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 is below the minimum: %4.</source>
        <translation>%1 %2 auf %3 liegt unter dem Minimum: %4.</translation>
    </message>
    <message>
        <source>the default; the profile sets no [libvirt]hw_machine_type</source>
        <translation>der Standard; das Profil setzt kein [libvirt]hw_machine_type</translation>
    </message>
    <message>
        <source>The host&apos;s QEMU offers no %1 machine type for %2 (it has: %3).</source>
        <translation>Das QEMU des Hosts bietet keinen Maschinentyp %1 für %2 (vorhanden: %3).</translation>
    </message>
    <message>
        <source>hw:viommu_model=auto becomes %1 on %2 (libvirt %3; %4).</source>
        <translation>hw:viommu_model=auto wird auf %2 zu %1 (libvirt %3; %4).</translation>
    </message>
    <message>
        <source>vIOMMU model virtio needs %1; %2 has libvirt %3 (Nova does not report COMPUTE_VIOMMU_MODEL_VIRTIO there).</source>
        <translation>Das vIOMMU-Modell virtio braucht %1; %2 hat libvirt %3 (Nova meldet dort kein COMPUTE_VIOMMU_MODEL_VIRTIO).</translation>
    </message>
    <message>
        <source>vIOMMU model intel exists only for x86 q35 guests, not %1.</source>
        <translation>Das vIOMMU-Modell intel gibt es nur für x86-q35-Gäste, nicht für %1.</translation>
    </message>
    <message>
        <source>vIOMMU model smmuv3 exists only for aarch64 virt guests, not %1.</source>
        <translation>Das vIOMMU-Modell smmuv3 gibt es nur für aarch64-virt-Gäste, nicht für %1.</translation>
    </message>
    <message>
        <source>vDeck stops counting at %1 instances</source>
        <translation>vDeck hört bei %1 Instanzen auf zu zählen</translation>
    </message>
    <message>
        <source>%1 cannot run this flavor now: not enough %2. %3</source>
        <translation>%1 kann diesen Flavor jetzt nicht ausführen, Engpass: %2. %3</translation>
    </message>
    <message>
        <source>At least %1 instances fit on %2 now (%3).</source>
        <translation>Mindestens %1 Instanzen passen jetzt auf %2 (%3).</translation>
    </message>
    <message>
        <source>%1 instance(s) fit on %2 now; then there are not enough %3. %4</source>
        <translation>%1 Instanz(en) passen jetzt auf %2; danach Engpass: %3. %4</translation>
    </message>
    <message>
        <source>There are no host facts: the IOMMU, hugepage, memlock, nova.conf and NVIDIA vGPU checks were skipped; only the versions libvirt reports were checked.</source>
        <translation>Es gibt keine Host-Fakten: die Prüfungen zu IOMMU, Hugepages, memlock, nova.conf und NVIDIA-vGPU wurden übersprungen; geprüft wurden nur die Versionen, die libvirt meldet.</translation>
    </message>
    <message>
        <source>Probe the host over ssh (vdeckctl audit --ssh USER@HOST, or vdeckctl capture --ssh to keep the facts in the snapshot).</source>
        <translation>Den Host über ssh abfragen (vdeckctl audit --ssh USER@HOST oder vdeckctl capture --ssh, um die Fakten im Schnappschuss zu behalten).</translation>
    </message>
    <message>
        <source>The %1 facts could not be read completely: %2</source>
        <translation>Die Fakten der Abfrage %1 konnten nicht vollständig gelesen werden: %2</translation>
    </message>
    <message>
        <source>output cap reached</source>
        <translation>Ausgabegrenze erreicht</translation>
    </message>
    <message>
        <source>Probe the host again; checks that depend on these facts were skipped or may be wrong.</source>
        <translation>Den Host erneut abfragen; Prüfungen, die von diesen Fakten abhängen, wurden übersprungen oder können falsch sein.</translation>
    </message>
    <message>
        <source>Enable VT-d/AMD-Vi in the firmware and add intel_iommu=on (or amd_iommu=on) and iommu=pt to the kernel command line, then reboot.</source>
        <translation>VT-d/AMD-Vi in der Firmware aktivieren, intel_iommu=on (oder amd_iommu=on) und iommu=pt zur Kernel-Befehlszeile hinzufügen, dann neu starten.</translation>
    </message>
    <message>
        <source>The IOMMU is not enabled (%1) while %2 VF(s), %3 vDPA device(s) and %4 mdev(s) are in use.</source>
        <translation>Die IOMMU ist nicht aktiviert (%1), während %2 VF(s), %3 vDPA-Gerät(e) und %4 mdev(s) in Gebrauch sind.</translation>
    </message>
    <message>
        <source>disabled on the kernel command line</source>
        <translation>auf der Kernel-Befehlszeile deaktiviert</translation>
    </message>
    <message>
        <source>no IOMMU groups</source>
        <translation>keine IOMMU-Gruppen</translation>
    </message>
    <message>
        <source>IOMMU groups exist, but the kernel command line does not say intel_iommu=on or amd_iommu=on; the IOMMU depends on the kernel&apos;s build default.</source>
        <translation>IOMMU-Gruppen sind vorhanden, aber die Kernel-Befehlszeile enthält weder intel_iommu=on noch amd_iommu=on; die IOMMU hängt vom Build-Standard des Kernels ab.</translation>
    </message>
    <message>
        <source>Flavors request hugepages but no hugetlbfs is mounted.</source>
        <translation>Flavors fordern Hugepages an, aber kein hugetlbfs ist eingehängt.</translation>
    </message>
    <message>
        <source>Mount hugetlbfs (e.g. at /dev/hugepages; systemd&apos;s dev-hugepages.mount) and restart libvirt.</source>
        <translation>hugetlbfs einhängen (z. B. unter /dev/hugepages; dev-hugepages.mount von systemd) und libvirt neu starten.</translation>
    </message>
    <message>
        <source>any NUMA node</source>
        <translation>irgendeinem NUMA-Knoten</translation>
    </message>
    <message>
        <source>NUMA node %1</source>
        <translation>NUMA-Knoten %1</translation>
    </message>
    <message>
        <source>No %1 hugepages are reserved on %2, but flavors request hw:mem_page_size=%1.</source>
        <translation>Es sind keine Hugepages zu %1 auf %2 reserviert, aber Flavors fordern hw:mem_page_size=%1 an.</translation>
    </message>
    <message>
        <source>Reserve them at boot (hugepagesz=%1 hugepages=N on the kernel command line) or per node in /sys/devices/system/node/nodeN/hugepages/hugepages-%2kB/nr_hugepages.</source>
        <translation>Hugepages beim Booten reservieren (hugepagesz=%1 hugepages=N auf der Kernel-Befehlszeile) oder je Knoten in /sys/devices/system/node/nodeN/hugepages/hugepages-%2kB/nr_hugepages.</translation>
    </message>
    <message>
        <source>%1 hugepages are reserved on %2, but at most %3 are free where %4 are needed.</source>
        <translation>Hugepages zu %1 sind auf %2 reserviert, aber höchstens %3 sind frei, wo %4 benötigt werden.</translation>
    </message>
    <message>
        <source>Reserve more %1 pages on that node, or move guests that hold them.</source>
        <translation>Mehr Seiten zu %1 auf diesem Knoten reservieren oder Gäste verschieben, die sie belegen.</translation>
    </message>
    <message>
        <source>QEMU may lock at most %1 (%2), but a %3 MiB guest with %4 needs %5.</source>
        <translation>QEMU darf höchstens %1 sperren (%2), aber ein Gast mit %3 MiB und %4 braucht %5.</translation>
    </message>
    <message>
        <source>Use hw:locked_memory=true with hw:mem_page_size (Nova &gt;= 26) so libvirt lifts the limit, or raise LimitMEMLOCK for virtqemud/libvirtd.</source>
        <translation>hw:locked_memory=true zusammen mit hw:mem_page_size verwenden (Nova &gt;= 26), damit libvirt die Grenze aufhebt, oder LimitMEMLOCK für virtqemud/libvirtd erhöhen.</translation>
    </message>
    <message>
        <source>Flavors ask for dedicated CPUs but nova.conf has no [compute]cpu_dedicated_set, so the host reports no PCPU inventory.</source>
        <translation>Flavors verlangen dedizierte CPUs, aber nova.conf hat kein [compute]cpu_dedicated_set, daher meldet der Host kein PCPU-Inventar.</translation>
    </message>
    <message>
        <source>Set [compute]cpu_dedicated_set (and cpu_shared_set) to the host&apos;s isolated cores.</source>
        <translation>[compute]cpu_dedicated_set (und cpu_shared_set) auf die isolierten Kerne des Hosts setzen.</translation>
    </message>
    <message>
        <source>Flavors request mdev type %1, but [devices]enabled_mdev_types does not list it.</source>
        <translation>Flavors fordern den mdev-Typ %1 an, aber [devices]enabled_mdev_types führt ihn nicht auf.</translation>
    </message>
    <message>
        <source>Add %1 to [devices]enabled_mdev_types and give it a [mdev_%1] section with device_addresses.</source>
        <translation>%1 zu [devices]enabled_mdev_types hinzufügen und ihm einen Abschnitt [mdev_%1] mit device_addresses geben.</translation>
    </message>
    <message>
        <source>nova.conf uses the deprecated [pci]passthrough_whitelist.</source>
        <translation>nova.conf verwendet das veraltete [pci]passthrough_whitelist.</translation>
    </message>
    <message>
        <source>Rename it to [pci]device_spec (Nova &gt;= 26).</source>
        <translation>In [pci]device_spec umbenennen (Nova &gt;= 26).</translation>
    </message>
    <message>
        <source>[pci]device_spec matches both the PF %1 and its VF %2; nova-compute (&gt;= 26) refuses to start.</source>
        <translation>[pci]device_spec passt sowohl auf die PF %1 als auch auf ihre VF %2; nova-compute (&gt;= 26) verweigert den Start.</translation>
    </message>
    <message>
        <source>List either the PF or its VFs (for vDPA, the parent VF), not both.</source>
        <translation>Entweder die PF oder ihre VFs aufführen (bei vDPA die übergeordnete VF), nicht beides.</translation>
    </message>
    <message>
        <source>%1 NVIDIA vGPU VF(s) use the vendor-specific VFIO driver and there is no mdev bus: Nova&apos;s mdev support (enabled_mdev_types) cannot use them.</source>
        <translation>%1 NVIDIA-vGPU-VF(s) nutzen den herstellerspezifischen VFIO-Treiber, und es gibt keinen mdev-Bus: die mdev-Unterstützung von Nova (enabled_mdev_types) kann sie nicht nutzen.</translation>
    </message>
    <message>
        <source>Configure the VFs as PCI passthrough ([pci]device_spec and alias, Nova &gt;= 31), with the vGPU type set through current_vgpu_type.</source>
        <translation>Die VFs als PCI-Passthrough konfigurieren ([pci]device_spec und alias, Nova &gt;= 31) und den vGPU-Typ über current_vgpu_type setzen.</translation>
    </message>
    <message>
        <source>%1 %2 is below the minimum %3.</source>
        <translation>%1 %2 liegt unter dem Minimum %3.</translation>
    </message>
    <message>
        <source>Upgrade to %1 or later.</source>
        <translation>Auf %1 oder neuer aktualisieren.</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but kernel %1 is not PREEMPT_RT.</source>
        <translation>Flavors verlangen Echtzeit-vCPUs, aber Kernel %1 ist nicht PREEMPT_RT.</translation>
    </message>
    <message>
        <source>Boot a PREEMPT_RT kernel with isolated cores and SMT off.</source>
        <translation>Einen PREEMPT_RT-Kernel mit isolierten Kernen und abgeschaltetem SMT booten.</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but no CPUs are isolated.</source>
        <translation>Flavors verlangen Echtzeit-vCPUs, aber keine CPUs sind isoliert.</translation>
    </message>
    <message>
        <source>Isolate the cores of cpu_dedicated_set (isolcpus= or a tuned realtime profile).</source>
        <translation>Die Kerne von cpu_dedicated_set isolieren (isolcpus= oder ein tuned-Echtzeitprofil).</translation>
    </message>
    <message>
        <source>Flavors ask for realtime vCPUs but SMT is active.</source>
        <translation>Flavors verlangen Echtzeit-vCPUs, aber SMT ist aktiv.</translation>
    </message>
    <message>
        <source>Disable SMT (nosmt on the kernel command line or in the firmware).</source>
        <translation>SMT abschalten (nosmt auf der Kernel-Befehlszeile oder in der Firmware).</translation>
    </message>
    <message>
        <source>have</source>
        <comment>nodes have room</comment>
        <translation>haben</translation>
    </message>
    <message>
        <source>has</source>
        <comment>a node has room</comment>
        <translation>hat</translation>
    </message>
    <message>
        <source>Secure boot is required, but the host&apos;s firmware or the machine type (%1) does not support it.</source>
        <translation>Secure Boot ist erforderlich, aber die Firmware des Hosts oder der Maschinentyp (%1) unterstützt es nicht.</translation>
    </message>
    <message>
        <source>Nova %1 picks the UEFI loader and NVRAM template from the host&apos;s QEMU firmware descriptors; the preview shows neither &lt;loader&gt; nor &lt;nvram&gt;.</source>
        <translation>Nova %1 wählt den UEFI-Loader und die NVRAM-Vorlage aus den QEMU-Firmware-Beschreibungen des Hosts; die Vorschau zeigt weder &lt;loader&gt; noch &lt;nvram&gt;.</translation>
    </message>
    <message>
        <source>OVS-DPDK binds the normal port as vhost-user, which needs the guest&apos;s memory shared with the switch; without hw:mem_page_size Nova writes no memAccess=&apos;shared&apos;, and the port passes no traffic.</source>
        <translation>OVS-DPDK bindet den normalen Port als vhost-user, der den Speicher des Gasts mit dem Switch teilen muss; ohne hw:mem_page_size schreibt Nova kein memAccess=&apos;shared&apos;, und der Port überträgt keinen Verkehr.</translation>
    </message>
    <message>
        <source> (Nova lists it from %1)</source>
        <translation> (Nova führt ihn ab %1)</translation>
    </message>
    <message>
        <source> (Nova %1 was the last release to list it)</source>
        <translation> (Nova %1 war die letzte Version, die ihn führte)</translation>
    </message>
    <message>
        <source>No flavor spelling both passes validation and works in Nova %1: set the image property %2 instead, or set %3 at microversion 2.85 or earlier.</source>
        <translation>In Nova %1 besteht keine Flavor-Schreibweise die Prüfung und wirkt zugleich: setzen Sie stattdessen die Image-Eigenschaft %2, oder setzen Sie %3 mit Mikroversion 2.85 oder älter.</translation>
    </message>
    <message>
        <source>Nova %1 refuses %2 with 400 at microversion 2.86 and later; set at 2.85 or earlier it is stored unvalidated and takes effect (nova/virt/hardware.py reads it). The registry&apos;s %3 passes but nothing reads it.</source>
        <translation>Nova %1 lehnt %2 ab Mikroversion 2.86 mit 400 ab; mit 2.85 oder älter gesetzt wird es ungeprüft gespeichert und wirkt (nova/virt/hardware.py liest es). %3 aus dem Register besteht die Prüfung, wird aber nirgends gelesen.</translation>
    </message>
    <message>
        <source>Nova %1 refuses %2 with 400 at microversion 2.86 and later, and it has no effect at any microversion: nova/virt/hardware.py reads %3.</source>
        <translation>Nova %1 lehnt %2 ab Mikroversion 2.86 mit 400 ab, und es wirkt bei keiner Mikroversion: nova/virt/hardware.py liest %3.</translation>
    </message>
    <message>
        <source>%1 passes validation in Nova %2 and works.</source>
        <translation>%1 besteht die Prüfung in Nova %2 und wirkt.</translation>
    </message>
    <message>
        <source>Nova %1 accepts %2 at every microversion, but nothing reads it (nova/virt/hardware.py reads %3): the guest&apos;s CPU topology is not limited. %3 is refused with 400 at microversion 2.86 and later.</source>
        <translation>Nova %1 akzeptiert %2 bei jeder Mikroversion, aber nichts liest es (nova/virt/hardware.py liest %3): die CPU-Topologie des Gasts wird nicht begrenzt. %3 wird ab Mikroversion 2.86 mit 400 abgelehnt.</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports before %2 (NotSupported); %2 allows moves and shelve (the backport of Zed&apos;s change): check the exact version.</source>
        <translation>Nova %1 blockiert dies für Instanzen mit vDPA-Ports vor %2 (NotSupported); %2 erlaubt Verschieben und Shelve (Backport der Änderung aus Zed): prüfen Sie die genaue Version.</translation>
    </message>
    <message>
        <source>upgrade to %1 or later</source>
        <translation>auf %1 oder neuer aktualisieren</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports (NotSupported); moves and shelve are allowed from 24.2.0 (Xena), 25.1.0 (Yoga) and 26.0.0 (Zed), never in Wallaby.</source>
        <translation>Nova %1 blockiert dies für Instanzen mit vDPA-Ports (NotSupported); Verschieben und Shelve sind ab 24.2.0 (Xena), 25.1.0 (Yoga) und 26.0.0 (Zed) erlaubt, in Wallaby nie.</translation>
    </message>
    <message>
        <source>upgrade to 24.2.0 (Xena) or later</source>
        <translation>auf 24.2.0 (Xena) oder neuer aktualisieren</translation>
    </message>
    <message>
        <source>Nova %1 blocks this for instances with vDPA ports (NotSupported); Zed (26) is the first release that allows it.</source>
        <translation>Nova %1 blockiert dies für Instanzen mit vDPA-Ports (NotSupported); Zed (26) ist die erste Version, die es erlaubt.</translation>
    </message>
    <message>
        <source>vIOMMU model smmuv3</source>
        <translation>vIOMMU-Modell smmuv3</translation>
    </message>
    <message>
        <source>The saved compute profile of %1 is not used (the defaults are): %2</source>
        <translation>Das gespeicherte Compute-Profil von %1 wird nicht verwendet (sondern die Vorgaben): %2</translation>
    </message>
    <message>
        <source>Use %1 in flavor</source>
        <translation>%1 im Flavor verwenden</translation>
    </message>
    <message>
        <source>set %1=%2 in the flavor, or remove %3 from the image</source>
        <translation>%1=%2 im Flavor setzen oder %3 aus dem Image entfernen</translation>
    </message>
    <message>
        <source>set %1=%2 and %3=%4</source>
        <translation>%1=%2 und %3=%4 setzen</translation>
    </message>
    <message>
        <source>set %1=%2 in the flavor</source>
        <translation>%1=%2 im Flavor setzen</translation>
    </message>
    <message>
        <source>set image property %1, or [libvirt]%2 on the host</source>
        <translation>Image-Eigenschaft %1 setzen oder [libvirt]%2 auf dem Host</translation>
    </message>
    <message>
        <source>set image property %1</source>
        <translation>Image-Eigenschaft %1 setzen</translation>
    </message>
    <message>
        <source>set %1 on the image, or [libvirt]%2</source>
        <translation>%1 im Image setzen oder [libvirt]%2</translation>
    </message>
    <message>
        <source>set [compute] cpu_shared_set on the host, or use %1</source>
        <translation>[compute] cpu_shared_set auf dem Host setzen oder %1 verwenden</translation>
    </message>
    <message>
        <source>set [compute] cpu_shared_set, or use %1</source>
        <translation>[compute] cpu_shared_set setzen oder %1 verwenden</translation>
    </message>
    <message>
        <source>set %1 (large, 2MB or 1GB) on the flavor</source>
        <translation>%1 (large, 2MB oder 1GB) im Flavor setzen</translation>
    </message>
    <message>
        <source>set %1 (e.g. large or 1GB)</source>
        <translation>%1 setzen (z. B. large oder 1GB)</translation>
    </message>
    <message>
        <source>set %1 if NUMA-remote devices are acceptable</source>
        <translation>%1 setzen, wenn Geräte an einem entfernten NUMA-Knoten akzeptabel sind</translation>
    </message>
    <message>
        <source>set the same value in flavor and image, or drop one of them</source>
        <translation>denselben Wert in Flavor und Image setzen oder einen davon weglassen</translation>
    </message>
    <message>
        <source>remove %1 from the image</source>
        <translation>%1 aus dem Image entfernen</translation>
    </message>
    <message>
        <source>remove %1 and keep %2</source>
        <translation>%1 entfernen und %2 behalten</translation>
    </message>
    <message>
        <source>remove the alias and boot with a %1 port</source>
        <translation>den Alias entfernen und mit einem %1-Port starten</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>upgrade %1 on the host to %2 or later</source>
        <translation>%1 auf dem Host auf %2 oder neuer aktualisieren</translation>
    </message>
    <message>
        <source>use a q35 machine type on a host with a secure-boot OVMF, or %1</source>
        <translation>einen q35-Maschinentyp auf einem Host mit Secure-Boot-OVMF verwenden oder %1</translation>
    </message>
    <message>
        <source>use %1 on q35 (or smmuv3 on aarch64) instead of virtio/auto</source>
        <translation>%1 auf q35 (oder smmuv3 auf aarch64) statt virtio/auto verwenden</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>give explicit %1 and %2 maps</source>
        <translation>explizite %1- und %2-Zuordnungen angeben</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the PF %1 (%2) with %3 VFs is gone</source>
        <translation>die PF %1 (%2) mit %3 VFs ist verschwunden</translation>
    </message>
    <message>
        <source>the PF %1 (%2) had %3 VFs and has %4</source>
        <translation>die PF %1 (%2) hatte %3 VFs und hat jetzt %4</translation>
    </message>
    <message>
        <source>the vDPA device %1 on %2 is gone</source>
        <translation>das vDPA-Gerät %1 auf %2 ist verschwunden</translation>
    </message>
    <message>
        <source>the mdev %1 (%2 on %3) is gone: it was not persistent</source>
        <translation>das mdev %1 (%2 auf %3) ist verschwunden: es war nicht persistent</translation>
    </message>
    <message>
        <source>the mdev %1 on %2 was of type %3 and is of type %4</source>
        <translation>das mdev %1 auf %2 war vom Typ %3 und ist jetzt vom Typ %4</translation>
    </message>
    <message>
        <source>NUMA node %1 had %2 hugepages of %3 KiB and has %4</source>
        <translation>NUMA-Knoten %1 hatte %2 Hugepages zu %3 KiB und hat jetzt %4</translation>
    </message>
    <message>
        <source>the IOMMU was on and is off: no device can be passed through</source>
        <translation>die IOMMU war aktiv und ist jetzt aus: kein Gerät kann durchgereicht werden</translation>
    </message>
    <message>
        <source>only the %1 has the ssh probe&apos;s facts: kernel command line, CPU power, NVIDIA VFs and mdev types were not compared</source>
        <translation>nur %1 hat die Fakten der ssh-Abfrage: Kernel-Befehlszeile, CPU-Energieverwaltung, NVIDIA-VFs und mdev-Typen wurden nicht verglichen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>der Referenz-Schnappschuss</translation>
    </message>
    <message>
        <source>current snapshot</source>
        <translation>der aktuelle Schnappschuss</translation>
    </message>
    <message>
        <source>the kernel command line lost [%1] and gained [%2]</source>
        <translation>die Kernel-Befehlszeile hat [%1] verloren und [%2] hinzugewonnen</translation>
    </message>
    <message>
        <source>with cpu_power_management on, the online CPUs were %1 and are %2: nova-compute powers down the unused dedicated CPUs only when it starts</source>
        <translation>mit aktivem cpu_power_management waren die Online-CPUs %1 und sind jetzt %2: nova-compute schaltet die ungenutzten dedizierten CPUs nur beim eigenen Start ab</translation>
    </message>
    <message>
        <source>the GPU %1 had %2 vGPU VFs and has %3</source>
        <translation>die GPU %1 hatte %2 vGPU-VFs und hat jetzt %3</translation>
    </message>
    <message>
        <source>the vGPU VF %1 had type %2 and has %3</source>
        <translation>die vGPU-VF %1 hatte den Typ %2 und hat jetzt %3</translation>
    </message>
    <message>
        <source>With hw:pci_numa_affinity_policy=socket they must be on a NUMA node of the instance&apos;s socket.</source>
        <translation>Mit hw:pci_numa_affinity_policy=socket müssen sie auf einem NUMA-Knoten des Sockels der Instanz liegen.</translation>
    </message>
    <message>
        <source>With hw:pci_numa_affinity_policy=%1 they must be on the instance&apos;s node.</source>
        <translation>Mit hw:pci_numa_affinity_policy=%1 müssen sie auf dem Knoten der Instanz liegen.</translation>
    </message>
    <message>
        <source>The instance fits on NUMA node(s) %1 but its devices are free elsewhere: %2. %3</source>
        <translation>Die Instanz passt auf NUMA-Knoten %1, aber ihre Geräte sind anderswo frei: %2. %3</translation>
    </message>
    <message>
        <source>On %1 an %2 guest gets machine type %3 (%4), which has no vIOMMU: spawn fails. The host could also default to it: [libvirt]hw_machine_type=%2=%5.</source>
        <translation>Auf %1 erhält ein %2-Gast den Maschinentyp %3 (%4), der keine vIOMMU hat: der Start scheitert. Alternativ als Host-Standard: [libvirt]hw_machine_type=%2=%5.</translation>
    </message>
    <message>
        <source>libvirt %1 on %2 lets this guest lock %3 GiB (%4), but its devices map guest memory %5 times (%6 GiB); QEMU fails to map DMA for the later devices.</source>
        <translation>libvirt %1 auf %2 lässt diesen Gast %3 GiB sperren (%4), aber seine Geräte bilden den Gastspeicher %5-mal ab (%6 GiB); QEMU scheitert beim DMA-Mapping der weiteren Geräte.</translation>
    </message>
    <message>
        <source>libvirt %1 on %2 lets this guest&apos;s QEMU lock %3 GiB of memory (%4).</source>
        <translation>libvirt %1 auf %2 lässt das QEMU dieses Gasts %3 GiB Speicher sperren (%4).</translation>
    </message>
    <message>
        <source>%1: [pci] %2 is not an option of Nova %3; oslo.config ignores it</source>
        <translation>%1: [pci] %2 ist keine Option von Nova %3; oslo.config ignoriert sie</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a device_spec key of Nova %3: it becomes a tag that nothing asks for</source>
        <translation>%1: &apos;%2&apos; ist kein device_spec-Schlüssel von Nova %3: er wird zu einem Tag, nach dem nichts fragt</translation>
    </message>
    <message>
        <source>the PF %1 (%2) and %3 of its VFs are all claimed; %4</source>
        <translation>die PF %1 (%2) und %3 ihrer VFs werden alle beansprucht; %4</translation>
    </message>
    <message>
        <source>with report_in_placement nova-compute refuses to start (PlacementPciDependentDeviceException)</source>
        <translation>mit report_in_placement verweigert nova-compute den Start (PlacementPciDependentDeviceException)</translation>
    </message>
    <message>
        <source>a PF given to a guest takes its VFs away from every other guest</source>
        <translation>eine PF, die ein Gast erhält, entzieht allen anderen Gästen ihre VFs</translation>
    </message>
    <message>
        <source>%1: the remote_managed spec %2 claims nothing: no device it names has a VPD card serial number (a SmartNIC/DPU VF)</source>
        <translation>%1: die remote_managed-Spec %2 beansprucht nichts: kein Gerät, das sie nennt, hat eine Kartenseriennummer im VPD (eine SmartNIC/DPU-VF)</translation>
    </message>
    <message>
        <source>%1: the spec %2 claims no device of this host</source>
        <translation>%1: die Spec %2 beansprucht kein Gerät dieses Hosts</translation>
    </message>
    <message>
        <source>%1: devname cannot be used with [pci]report_in_placement (pci_placement_translator.py ensure_no_dev_spec_with_devname)</source>
        <translation>%1: devname kann nicht mit [pci]report_in_placement verwendet werden (pci_placement_translator.py ensure_no_dev_spec_with_devname)</translation>
    </message>
    <message>
        <source>%1: no device claimed by a device_spec on this host satisfies the alias &apos;%2&apos;</source>
        <translation>%1: kein von einer device_spec beanspruchtes Gerät auf diesem Host erfüllt den Alias &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: nova-compute refuses to start: %2</source>
        <translation>%1: nova-compute verweigert den Start: %2</translation>
    </message>
    <message>
        <source>%1every flavor with pci_passthrough:alias fails: %2</source>
        <translation>%1jeder Flavor mit pci_passthrough:alias scheitert: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the [pci] alias configuration is invalid: %1</source>
        <translation>die Konfiguration von [pci] alias ist ungültig: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME:COUNT</source>
        <translation>&apos;%1&apos; hat nicht die Form NAME:COUNT</translation>
    </message>
    <message>
        <source>the alias &apos;%1&apos; is not defined in [pci] alias</source>
        <translation>der Alias &apos;%1&apos; ist nicht in [pci] alias definiert</translation>
    </message>
    <message>
        <source>%1 device(s) of alias &apos;%2&apos; requested, this host has %3 that it can serve it from</source>
        <translation>%1 Gerät(e) des Alias &apos;%2&apos; angefordert, dieser Host hat %3, mit denen er ihn bedienen kann</translation>
    </message>
    <message>
        <source>Nova %1 writes intremap, caching_mode, aw_bits, eim and iotlb on every vIOMMU; libvirt refuses them on model &apos;%2&apos; (&quot;iommu model &apos;%2&apos; doesn&apos;t support additional attributes&quot;), so the guest is not defined and the spawn fails.</source>
        <translation>Nova %1 schreibt intremap, caching_mode, aw_bits, eim und iotlb in jede vIOMMU; libvirt lehnt sie beim Modell &apos;%2&apos; ab (&quot;iommu model &apos;%2&apos; doesn&apos;t support additional attributes&quot;), daher wird der Gast nicht definiert und der Start scheitert.</translation>
    </message>
    <message>
        <source> (request group %1)</source>
        <translation> (Anforderungsgruppe %1)</translation>
    </message>
    <message>
        <source>%1 is disabled: its nova-compute service is disabled (trait COMPUTE_STATUS_DISABLED)</source>
        <translation>%1 ist deaktiviert: sein nova-compute-Dienst ist deaktiviert (Trait COMPUTE_STATUS_DISABLED)</translation>
    </message>
    <message>
        <source>%1 lacks the trait %2 that the request requires of the compute node</source>
        <translation>%1 fehlt das Trait %2, das die Anforderung vom Compute-Knoten verlangt</translation>
    </message>
    <message>
        <source>%1 has the trait %2 that the request forbids</source>
        <translation>%1 hat das Trait %2, das die Anforderung verbietet</translation>
    </message>
    <message>
        <source>%1 has no %2 inventory, nor has any of its nested providers%3</source>
        <translation>%1 hat kein Inventar %2, auch keiner seiner verschachtelten Provider%3</translation>
    </message>
    <message>
        <source>%1 on %2: needs %3, %4 free (total %5, reserved %6, allocation ratio %7, used %8)%9</source>
        <translation>%1 auf %2: braucht %3, %4 frei (gesamt %5, reserviert %6, Zuteilungsverhältnis %7, belegt %8)%9</translation>
    </message>
    <message>
        <source>%1 on %2: one allocation of %3 is outside min_unit %4, max_unit %5, step_size %6%7</source>
        <translation>%1 auf %2: eine Zuteilung von %3 liegt außerhalb von min_unit %4, max_unit %5, step_size %6%7</translation>
    </message>
    <message>
        <source>required trait %1 is on none of the providers that would serve the request on %2%3</source>
        <translation>das verlangte Trait %1 hat keiner der Provider, die die Anforderung auf %2 bedienen würden%3</translation>
    </message>
    <message>
        <source>forbidden trait %1 is on %2%3</source>
        <translation>das verbotene Trait %1 ist auf %2%3</translation>
    </message>
    <message>
        <source>%1 already serves another request group and group_policy=isolate%2</source>
        <translation>%1 bedient bereits eine andere Anforderungsgruppe, und group_policy=isolate%2</translation>
    </message>
    <message>
        <source>Counted with PCPU. Nova&apos;s scheduler also asks with VCPU ([workarounds] disable_fallback_pcpu_query=False, the default); hosts without PCPU inventory can pass Placement that way and are then judged by NUMATopologyFilter, which pins only on hosts with [compute] cpu_dedicated_set.</source>
        <translation>Mit PCPU gezählt. Novas Scheduler fragt auch mit VCPU ([workarounds] disable_fallback_pcpu_query=False, die Voreinstellung); Hosts ohne PCPU-Inventar können Placement so passieren und werden dann vom NUMATopologyFilter beurteilt, der nur auf Hosts mit [compute] cpu_dedicated_set pinnt.</translation>
    </message>
    <message>
        <source>The flavor asks for PCI devices (pci_passthrough:alias), but no nova.conf with the controllers&apos; [pci] alias is known: the devices are not in the request, and the counts are an upper bound.</source>
        <translation>Die Flavor verlangt PCI-Geräte (pci_passthrough:alias), aber keine nova.conf mit den [pci]-Aliasen der Controller ist bekannt: Die Geräte sind nicht in der Anfrage, und die Zahlen sind eine Obergrenze.</translation>
    </message>
    <message>
        <source>PCI aliases %1 are not asked of Placement ([filter_scheduler] pci_in_placement is off in %2, or the release is before 27): PciPassthroughFilter checks them on each host, so the counts are an upper bound.</source>
        <translation>Die PCI-Aliase %1 werden nicht bei Placement angefragt ([filter_scheduler] pci_in_placement ist in %2 aus, oder das Release ist älter als 27): PciPassthroughFilter prüft sie auf jedem Host, daher sind die Zahlen eine Obergrenze.</translation>
    </message>
    <message>
        <source>PCI aliases asked of Placement (pci_in_placement in %1), one request group per device: %2.</source>
        <translation>PCI-Aliase bei Placement angefragt (pci_in_placement in %1), eine Anfragegruppe je Gerät: %2.</translation>
    </message>
    <message>
        <source>Availability zone %1 is not asked of Placement ([scheduler] query_placement_for_availability_zone is off): AvailabilityZoneFilter checks it on each host, so the counts are an upper bound.</source>
        <translation>Die Verfügbarkeitszone %1 wird nicht bei Placement angefragt ([scheduler] query_placement_for_availability_zone ist aus): AvailabilityZoneFilter prüft sie auf jedem Host, daher sind die Zahlen eine Obergrenze.</translation>
    </message>
    <message>
        <source>No host aggregate has availability zone %1, so Nova adds no aggregate to the request: the counts are for every compute node.</source>
        <translation>Kein Host-Aggregat hat die Verfügbarkeitszone %1, daher fügt Nova der Anfrage kein Aggregat hinzu: Die Zahlen gelten für jeden Compute-Knoten.</translation>
    </message>
    <message>
        <source>Availability zone %1: Placement is asked for the compute nodes in its host aggregates (%2).</source>
        <translation>Verfügbarkeitszone %1: Placement wird nach den Compute-Knoten ihrer Host-Aggregate gefragt (%2).</translation>
    </message>
    <message>
        <source>availability zone %1: %2</source>
        <translation>Verfügbarkeitszone %1: %2</translation>
    </message>
    <message>
        <source>%1 is in none of the host aggregates the request asks for (member_of, %2)</source>
        <translation>%1 ist in keinem der Host-Aggregate, die die Anfrage verlangt (member_of, %2)</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>der Host</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>%1: Placement %2, host model %3 (%4, %5): %6 fit, limited by %7</source>
        <translation>%1: Placement %2, Host-Modell %3 (%4, %5): %6 passen, begrenzt durch %7</translation>
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
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>A later blocker: Nova reports it once the errors before it are fixed</source>
        <translation>Ein späterer Blocker: Nova meldet ihn, sobald die Fehler davor behoben sind</translation>
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
        <source>Apply the finding&apos;s fix to the flavor (undoable)</source>
        <translation>Die Korrektur des Befunds auf den Flavor anwenden (rückgängig machbar)</translation>
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
    <message>
        <source>&amp;Copy Findings</source>
        <translation>&amp;Befunde kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit Nova %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on Nova %2, host %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit Nova %2, Host %3: %4</translation>
    </message>
    <message>
        <source>the error Nova reports</source>
        <translation>der Fehler, den Nova meldet</translation>
    </message>
    <message>
        <source>a later blocker: Nova reports it once the errors before it are fixed</source>
        <translation>ein späterer Blocker: Nova meldet ihn, sobald die Fehler davor behoben sind</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
</context>
<context>
    <name>FlavorCompareModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
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
    <message>
        <source>%1 (image)</source>
        <translation>%1 (Image)</translation>
    </message>
    <message>
        <source>Nova %1 reads hw:cpu_max_sockets, hw:cpu_max_cores and hw:cpu_max_threads, but its registry refuses them (400 at microversion 2.86 and later) and lists hw:max_cpu_* instead, which nothing reads: no flavor key limits the CPU topology and passes validation. Set the image properties below on the image, or set hw:cpu_max_* at microversion 2.85 or earlier.</source>
        <translation>Nova %1 liest hw:cpu_max_sockets, hw:cpu_max_cores und hw:cpu_max_threads, aber sein Register lehnt sie ab (400 ab Mikroversion 2.86) und führt stattdessen hw:max_cpu_*, das nirgends gelesen wird: kein Flavor-Schlüssel begrenzt die CPU-Topologie und besteht die Prüfung. Setzen Sie die Image-Eigenschaften unten am Image, oder setzen Sie hw:cpu_max_* mit Mikroversion 2.85 oder älter.</translation>
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
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n Fehler)</numerusform>
            <numerusform>%1 (%n Fehler)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlavorsPage</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
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
    <message>
        <source>Nova %1 on %2: %3</source>
        <translation>Nova %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Nova %1: %2</source>
        <translation>Nova %1: %2</translation>
    </message>
</context>
<context>
    <name>FleetCapacityModel</name>
    <message>
        <source>not a candidate</source>
        <translation>kein Kandidat</translation>
    </message>
    <message>
        <source>(more than counted)</source>
        <translation>(mehr als gezählt)</translation>
    </message>
    <message>
        <source>Compute node</source>
        <translation>Compute-Knoten</translation>
    </message>
    <message>
        <source>Instances that fit</source>
        <translation>Passende Instanzen</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>On provider</source>
        <translation>Auf Provider</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Host model</source>
        <translation>Host-Modell</translation>
    </message>
    <message>
        <source>vDeck&apos;s host model of %1 (NUMA placement, hugepages per node, pinning, devices: what Placement does not know):
%2</source>
        <translation>vDecks Host-Modell von %1 (NUMA-Platzierung, Hugepages je Knoten, Pinning, Geräte: was Placement nicht weiß):
%2</translation>
    </message>
    <message>
        <source>%1, limits: %2</source>
        <translation>%1, begrenzt: %2</translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Read Providers</source>
        <translation>Provider lesen</translation>
    </message>
    <message>
        <source>Why Not?</source>
        <translation>Warum nicht?</translation>
    </message>
    <message>
        <source>Ask Placement for the flavor&apos;s allocation candidates and count the instances that fit on each compute node</source>
        <translation>Placement nach den Zuteilungskandidaten der Flavor fragen und die Instanzen zählen, die auf jeden Compute-Knoten passen</translation>
    </message>
    <message>
        <source>Read every resource provider with its inventories, usage, traits and aggregates</source>
        <translation>Jeden Resource Provider mit Inventaren, Belegung, Traits und Aggregaten lesen</translation>
    </message>
    <message>
        <source>Every reason the selected compute node (or, with none selected, each node) is not a candidate for the flavor</source>
        <translation>Jeder Grund, warum der gewählte Compute-Knoten (ohne Auswahl: jeder Knoten) kein Kandidat für die Flavor ist</translation>
    </message>
    <message>
        <source>Instances that fit per compute node</source>
        <translation>Passende Instanzen je Compute-Knoten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud:</translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation>Flavor:</translation>
    </message>
    <message>
        <source>(connect a cloud on the Clouds page)</source>
        <translation>(eine Cloud auf der Seite „Clouds“ verbinden)</translation>
    </message>
    <message>
        <source>%1 (deployed)</source>
        <translation>%1 (bereitgestellt)</translation>
    </message>
    <message>
        <source>%1 (library)</source>
        <translation>%1 (Bibliothek)</translation>
    </message>
    <message>
        <source>Asking Placement of cloud %1 for the candidates of %2…</source>
        <translation>Frage Placement der Cloud %1 nach den Kandidaten für %2…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be counted: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 instances fit on %3 of %4 compute nodes (Placement answers %5 candidates)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Instanzen passen auf %3 von %4 Compute-Knoten (Placement nennt %5 Kandidaten)</translation>
    </message>
    <message>
        <source>Nova of this cloud refuses to boot it: %1</source>
        <translation>Nova dieser Cloud startet sie nicht: %1</translation>
    </message>
    <message>
        <source>Instances of %1 that fit</source>
        <translation>Passende Instanzen von %1</translation>
    </message>
    <message>
        <source>Reading the resource providers first…</source>
        <translation>Lese zuerst die Resource Provider…</translation>
    </message>
    <message>
        <source>The resource providers are not read.</source>
        <translation>Die Resource Provider sind nicht gelesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on cloud %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in Cloud %2:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: a candidate&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: ein Kandidat&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: not a candidate&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: kein Kandidat&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 compute nodes are candidates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 von %2 Compute-Knoten sind Kandidaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why Not? lists every reason the selected compute node is not a candidate for the flavor (with none selected, each node&apos;s reasons).</source>
        <translation>„Warum nicht?“ nennt jeden Grund, warum der gewählte Compute-Knoten kein Kandidat für die Flavor ist (ohne Auswahl: die Gründe jedes Knotens).</translation>
    </message>
    <message>
        <source>Nova cannot schedule %1 on any compute node: %2</source>
        <translation>Nova kann %1 auf keinem Compute-Knoten einplanen: %2</translation>
    </message>
    <message>
        <source>the PCI page&apos;s nova.conf (edited)</source>
        <translation>der nova.conf der PCI-Seite (bearbeitet)</translation>
    </message>
    <message>
        <source>the nova.conf of %1</source>
        <translation>der nova.conf von %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The availability zone the boot names: Placement is asked only for the compute nodes of the zone&apos;s host aggregates, as Nova&apos;s scheduler asks</source>
        <translation>Die Verfügbarkeitszone des Starts: Placement wird nur nach den Compute-Knoten der Host-Aggregate der Zone gefragt, wie Novas Scheduler fragt</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Count %1 in zone %2 first: the count reads the zone&apos;s host aggregates.</source>
        <translation>Zählen Sie %1 in Zone %2 zuerst: Das Zählen liest die Host-Aggregate der Zone.</translation>
    </message>
    <message>
        <source>With vDeck&apos;s host model of %1 (open on the Hosts page; NUMA placement, hugepages per node, pinning, devices: what Placement does not know): %2 instances fit; the host limits on %3 of those nodes (column Host model).</source>
        <translation>Mit vDecks Host-Modell von %1 (auf der Seite Hosts geöffnet; NUMA-Platzierung, Hugepages je Knoten, Pinning, Geräte: was Placement nicht weiß): %2 Instanzen passen; auf %3 dieser Knoten begrenzt der Host (Spalte Host-Modell).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>vDeck User Guide</source>
        <translation>vDeck-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
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
    <message>
        <source>Host facts (ssh probe of %1, %2)</source>
        <translation>Host-Fakten (SSH-Abfrage von %1, %2)</translation>
    </message>
    <message>
        <source>IOMMU groups</source>
        <translation>IOMMU-Gruppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>login session: %1</source>
        <translation>Anmeldesitzung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source>Memlock limits</source>
        <translation>Memlock-Grenzen</translation>
    </message>
    <message>
        <source>%1 (%2, %3 available)</source>
        <translation>%1 (%2, %3 verfügbar)</translation>
    </message>
    <message>
        <source>NVIDIA vGPU VFs</source>
        <translation>NVIDIA-vGPU-VFs</translation>
    </message>
    <message>
        <source>nova.conf</source>
        <translation>nova.conf</translation>
    </message>
    <message>
        <source>output cap reached</source>
        <translation>Ausgabegrenze erreicht</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>%1 (no NUMA nodes): %2 free of %3</source>
        <translation>%1 (keine NUMA-Knoten): %2 von %3 frei</translation>
    </message>
    <message>
        <source>%1 (sockets: %2, cores per socket: %3, threads per core: %4)</source>
        <translation>%1 (Sockel: %2, Kerne je Sockel: %3, Threads je Kern: %4)</translation>
    </message>
    <message>
        <source>libvirt&apos;s capabilities list no NUMA cells (a test-driver host): these are the ones virNodeGetInfo reports, the CPUs and memory shared evenly.</source>
        <translation>Die Capabilities von libvirt nennen keine NUMA-Zellen (ein Testtreiber-Host): Dies sind die Zellen, die virNodeGetInfo meldet, CPUs und Speicher gleichmäßig verteilt.</translation>
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
            <numerusform>getrennt: %1 (neuer Versuch in %n s)</numerusform>
            <numerusform>getrennt: %1 (neuer Versuch in %n s)</numerusform>
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
    <name>HostSelector</name>
    <message>
        <source>No host open</source>
        <translation>Kein Host geöffnet</translation>
    </message>
    <message>
        <source>the XML preview, the host findings and the capacity of the current flavor are computed for it</source>
        <translation>für ihn werden die XML-Vorschau, die Host-Befunde und die Kapazität des aktuellen Flavors berechnet</translation>
    </message>
    <message>
        <source>Target host: %1</source>
        <translation>Ziel-Host: %1</translation>
    </message>
    <message>
        <source>Target host %1: %2</source>
        <translation>Ziel-Host %1: %2</translation>
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
    <message>
        <source>Open De&amp;mo Host</source>
        <translation>De&amp;mo-Host öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit Host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move Host…</source>
        <translation>Host ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Capture Snapshot</source>
        <translation>Snapshot erfassen</translation>
    </message>
    <message>
        <source>%1 is not connected. Save its devices as last read, at %2?</source>
        <translation>%1 ist nicht verbunden. Die Geräte so speichern, wie sie zuletzt gelesen wurden (%2)?</translation>
    </message>
    <message>
        <source>Remove the saved host %1? It is closed and no longer listed at start.</source>
        <translation>Den gespeicherten Host %1 entfernen? Er wird geschlossen und beim Start nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>%1 aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation>Demo-Host</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 flavor(s) have errors Nova would refuse: %2. Export anyway?</source>
        <translation>%1 Flavor(s) haben Fehler, die Nova ablehnen würde: %2. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>The new flavor library</source>
        <translation>Die neue Flavor-Bibliothek</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>%1 has no flavor &apos;%2&apos; (it has: %3)</source>
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
        <source>Open a host first: the compute profile belongs to a host.</source>
        <translation>Öffnen Sie zuerst einen Host: das Compute-Profil gehört zu einem Host.</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Ziel-Host:</translation>
    </message>
    <message>
        <source>vDeck &amp;User Guide</source>
        <translation>vDeck-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (mdev type %2)</source>
        <translation>%1 (mdev-Typ %2)</translation>
    </message>
    <message>
        <source>Add %1 to the flavor %2?</source>
        <translation>%1 zum Flavor %2 hinzufügen?</translation>
    </message>
    <message>
        <source>Add %1 to a new flavor?</source>
        <translation>%1 zu einem neuen Flavor hinzufügen?</translation>
    </message>
    <message>
        <source>Use in Flavor</source>
        <translation>In Flavor verwenden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>a new flavor library</source>
        <translation>eine neue Flavor-Bibliothek</translation>
    </message>
    <message>
        <source>Recover Unsaved Flavors</source>
        <translation>Ungespeicherte Flavors wiederherstellen</translation>
    </message>
    <message>
        <source>vDeck ended without saving the changes to %1. Recover the changes it kept at %2?</source>
        <translation>vDeck wurde beendet, ohne die Änderungen an %1 zu speichern. Die um %2 gesicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>The recovered flavors could not be kept in %1; save them now.</source>
        <translation>Die wiederhergestellten Flavors konnten nicht in %1 gesichert werden; speichern Sie sie jetzt.</translation>
    </message>
    <message>
        <source>Reconnect Hosts at &amp;Start</source>
        <translation>Hosts beim &amp;Start verbinden</translation>
    </message>
    <message>
        <source>Connect the saved hosts again when vDeck starts</source>
        <translation>Die gespeicherten Hosts beim Start von vDeck wieder verbinden</translation>
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
    <name>PciComposer</name>
    <message>
        <source>Every VF of its PF</source>
        <translation>Alle VFs ihrer PF</translation>
    </message>
    <message>
        <source>Add to nova.conf</source>
        <translation>Zu nova.conf hinzufügen</translation>
    </message>
    <message>
        <source>no alias</source>
        <translation>kein Alias</translation>
    </message>
    <message>
        <source>none (a Neutron SR-IOV port needs one)</source>
        <translation>keines (ein SR-IOV-Port von Neutron braucht eines)</translation>
    </message>
    <message>
        <source>none (PCI in Placement: CUSTOM_...)</source>
        <translation>keine (PCI in Placement: CUSTOM_...)</translation>
    </message>
    <message>
        <source>none (comma separated)</source>
        <translation>keine (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Alias-Name:</translation>
    </message>
    <message>
        <source>NUMA policy:</source>
        <translation>NUMA-Richtlinie:</translation>
    </message>
    <message>
        <source>physical_network:</source>
        <translation>physical_network:</translation>
    </message>
    <message>
        <source>resource_class:</source>
        <translation>resource_class:</translation>
    </message>
    <message>
        <source>traits:</source>
        <translation>traits:</translation>
    </message>
    <message>
        <source>nova.conf entries ([pci], [devices], [mdev_*], [filter_scheduler]):</source>
        <translation>nova.conf-Einträge ([pci], [devices], [mdev_*], [filter_scheduler]):</translation>
    </message>
    <message>
        <source>Compute nodes:</source>
        <translation>Compute-Hosts:</translation>
    </message>
    <message>
        <source>API and scheduler nodes:</source>
        <translation>API- und Scheduler-Hosts:</translation>
    </message>
    <message>
        <source>pick a device on the first tab</source>
        <translation>wählen Sie ein Gerät auf dem ersten Reiter</translation>
    </message>
    <message>
        <source>nova.conf</source>
        <translation>nova.conf</translation>
    </message>
</context>
<context>
    <name>PciPage</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation>Hersteller:Produkt</translation>
    </message>
    <message>
        <source>dev_type</source>
        <translation>dev_type</translation>
    </message>
    <message>
        <source>device_spec</source>
        <translation>device_spec</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Resource class</source>
        <translation>Ressourcenklasse</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
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
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Devices and specs</source>
        <translation>Geräte und Specs</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Zusammenstellen</translation>
    </message>
    <message>
        <source>PCI passthrough</source>
        <translation>PCI-Passthrough</translation>
    </message>
    <message>
        <source>No host open</source>
        <translation>Kein Host geöffnet</translation>
    </message>
    <message>
        <source>%1, Nova release of the tool bar: nova.conf %2</source>
        <translation>%1, Nova-Release der Werkzeugleiste: nova.conf %2</translation>
    </message>
    <message>
        <source>as probed, edited in Compose</source>
        <translation>wie abgefragt, in „Zusammenstellen“ bearbeitet</translation>
    </message>
    <message>
        <source>not probed; write it in Compose</source>
        <translation>nicht abgefragt; in „Zusammenstellen“ schreiben</translation>
    </message>
    <message>
        <source>not claimed</source>
        <translation>nicht beansprucht</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>as edited in Compose</source>
        <translation>wie in „Zusammenstellen“ bearbeitet</translation>
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
    <name>ProviderTreeModel</name>
    <message>
        <source>Provider / resource class</source>
        <translation>Provider / Ressourcenklasse</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Used / capacity</source>
        <translation>Belegt / Kapazität</translation>
    </message>
    <message>
        <source>Traits and aggregates</source>
        <translation>Traits und Aggregate</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>aggregates: %1</source>
        <translation>Aggregate: %1</translation>
    </message>
    <message>
        <source>total %1, reserved %2, allocation ratio %3, min_unit %4, max_unit %5, step_size %6</source>
        <translation>gesamt %1, reserviert %2, Zuteilungsverhältnis %3, min_unit %4, max_unit %5, step_size %6</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Nova cannot change the vCPUs, RAM, disks or public flag of a flavor. Tick a flavor to delete it and create it again (running instances keep their own copy):</source>
        <translation>Nova kann vCPUs, RAM, Platten oder die Öffentlich-Einstellung eines Flavors nicht ändern. Einen Flavor ankreuzen, um ihn zu löschen und neu anzulegen (laufende Instanzen behalten ihre eigene Kopie):</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <source>Push Library to Cloud %1</source>
        <translation>Bibliothek in Cloud %1 übertragen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Library %1 to cloud %2 (%3): %n call(s). Extra specs are written at compute API %4, where Nova checks them.</source>
        <translation>
            <numerusform>Bibliothek %1 in Cloud %2 (%3): %n Aufruf. Extra Specs werden mit Compute-API %4 geschrieben, wo Nova sie prüft.</numerusform>
            <numerusform>Bibliothek %1 in Cloud %2 (%3): %n Aufrufe. Extra Specs werden mit Compute-API %4 geschrieben, wo Nova sie prüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Kept (only in the cloud, never deleted from here): %1</source>
        <translation>Behalten (nur in der Cloud, von hier nie gelöscht): %1</translation>
    </message>
    <message>
        <source>Nothing to push: the cloud holds the library&apos;s flavors.</source>
        <translation>Nichts zu übertragen: die Cloud hat die Flavors der Bibliothek.</translation>
    </message>
    <message>
        <source>Cloud %1 is not connected: connect it and plan again.</source>
        <translation>Cloud %1 ist nicht verbunden: verbinden und neu planen.</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Übertragung…</translation>
    </message>
    <message>
        <source>The push did not start: %1</source>
        <translation>Die Übertragung hat nicht begonnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Push complete: %n call(s) succeeded.</source>
        <translation>
            <numerusform>Übertragung vollständig: %n Aufruf erfolgreich.</numerusform>
            <numerusform>Übertragung vollständig: %n Aufrufe erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push incomplete: %1 succeeded, %2 failed, %3 not attempted. Plan Again plans from what the cloud holds now and finishes it.</source>
        <translation>Übertragung unvollständig: %1 erfolgreich, %2 fehlgeschlagen, %3 nicht versucht. „Neu planen“ plant vom jetzigen Stand der Cloud aus und schließt sie ab.</translation>
    </message>
    <message>
        <source>Plan &amp;Again</source>
        <translation>&amp;Neu planen</translation>
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
    <name>ReportExport</name>
    <message>
        <source>Export &amp;Report (HTML, JSON)…</source>
        <translation>&amp;Bericht exportieren (HTML, JSON)…</translation>
    </message>
    <message>
        <source>Findings of every flavor for the selected Nova release and the capacity of every open host</source>
        <translation>Befunde aller Flavors für das gewählte Nova-Release und die Kapazität aller geöffneten Hosts</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>HTML-Bericht (*.html);;JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Bericht nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>RAM (MB)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>No findings: Nova accepts this flavor.</source>
        <translation>Keine Befunde: Nova akzeptiert diesen Flavor.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nova exception</source>
        <translation>Nova-Ausnahme</translation>
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
        <source>%1, captured %2</source>
        <translation>%1, erfasst %2</translation>
    </message>
    <message>
        <source>Hugepages</source>
        <translation>Hugepages</translation>
    </message>
    <message>
        <source>No hugepages reserved.</source>
        <translation>Keine Hugepages reserviert.</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>SR-IOV virtual functions</source>
        <translation>Virtuelle SR-IOV-Funktionen</translation>
    </message>
    <message>
        <source>No SR-IOV physical functions.</source>
        <translation>Keine physischen SR-IOV-Funktionen.</translation>
    </message>
    <message>
        <source>Physical function</source>
        <translation>Physische Funktion</translation>
    </message>
    <message>
        <source>VFs in use</source>
        <translation>Belegte VFs</translation>
    </message>
    <message>
        <source>VFs present</source>
        <translation>Vorhandene VFs</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mediated device types</source>
        <translation>Typen vermittelter Geräte (mdev)</translation>
    </message>
    <message>
        <source>No mdev-capable devices.</source>
        <translation>Keine mdev-fähigen Geräte.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elterngerät</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>vDeck report</source>
        <translation>vDeck-Bericht</translation>
    </message>
    <message>
        <source>Nova release %1 · generated %2 by vDeck %3</source>
        <translation>Nova-Release %1 · erstellt %2 von vDeck %3</translation>
    </message>
    <message>
        <source>Flavors from %1</source>
        <translation>Flavors aus %1</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>No host was open.</source>
        <translation>Es war kein Host geöffnet.</translation>
    </message>
    <message>
        <source>%1 (later blocker)</source>
        <translation>%1 (späterer Blocker)</translation>
    </message>
    <message>
        <source>cannot run there</source>
        <translation>kann dort nicht laufen</translation>
    </message>
    <message>
        <source>at least %1 instance(s) fit now</source>
        <translation>mindestens %1 Instanz(en) passen jetzt</translation>
    </message>
    <message>
        <source>%1 instance(s) fit now</source>
        <translation>%1 Instanz(en) passen jetzt</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Auf %1: %2</translation>
    </message>
    <message>
        <source>Nothing beyond the flavor&apos;s own findings.</source>
        <translation>Nichts über die eigenen Befunde des Flavors hinaus.</translation>
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
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
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
    <message>
        <source>Compute Profile…</source>
        <translation>Compute-Profil…</translation>
    </message>
    <message>
        <source>The host&apos;s nova.conf values that shape this document (cpu_dedicated_set, machine type, PCI aliases, ...)</source>
        <translation>Die nova.conf-Werte des Hosts, die dieses Dokument prägen (cpu_dedicated_set, Maschinentyp, PCI-Aliase, ...)</translation>
    </message>
    <message>
        <source>Needs a live connection to the target host: a snapshot or a host that is not connected cannot define domains</source>
        <translation>Braucht eine aktive Verbindung zum Ziel-Host: ein Snapshot oder ein nicht verbundener Host kann keine Domains definieren</translation>
    </message>
    <message numerus="yes">
        <source>%1; but %n error(s) on this host: %2 (see Findings)</source>
        <translation>
            <numerusform>%1; aber %n Fehler auf diesem Host: %2 (siehe Befunde)</numerusform>
            <numerusform>%1; aber %n Fehler auf diesem Host: %2 (siehe Befunde)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cloud::CloudManager</name>
    <message>
        <source>Connecting to cloud %1</source>
        <translation>Verbindung zur Cloud %1</translation>
    </message>
    <message>
        <source>Reading the flavors of cloud %1: %2</source>
        <translation>Flavors der Cloud %1 werden gelesen: %2</translation>
    </message>
    <message>
        <source>Pushing to cloud %1</source>
        <translation>Übertragung in Cloud %1</translation>
    </message>
    <message>
        <source>Pushing to cloud %1: %2</source>
        <translation>Übertragung in Cloud %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Reading the password of cloud %1 from the desktop keyring</source>
        <translation>Das Passwort der Cloud %1 wird aus dem Schlüsselbund des Desktops gelesen</translation>
    </message>
    <message>
        <source>The desktop keyring could not be read (%1). The password of cloud %2 is asked instead.</source>
        <translation>Der Schlüsselbund des Desktops konnte nicht gelesen werden (%1). Das Passwort der Cloud %2 wird stattdessen abgefragt.</translation>
    </message>
    <message>
        <source>The password of cloud %1 could not be remembered: %2</source>
        <translation>Das Passwort der Cloud %1 konnte nicht im Schlüsselbund hinterlegt werden: %2</translation>
    </message>
    <message>
        <source>The password of cloud %1 is remembered in the desktop keyring.</source>
        <translation>Das Passwort der Cloud %1 ist im Schlüsselbund des Desktops hinterlegt.</translation>
    </message>
    <message>
        <source>The desktop keyring could not remember the password of cloud %1 (%2). It is kept for this session only.</source>
        <translation>Der Schlüsselbund des Desktops konnte das Passwort der Cloud %1 nicht hinterlegen (%2). Es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The password of cloud %1 could not be forgotten: %2</source>
        <translation>Das Passwort der Cloud %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The desktop keyring no longer remembers the password of cloud %1.</source>
        <translation>Der Schlüsselbund des Desktops enthält das Passwort der Cloud %1 nicht mehr.</translation>
    </message>
    <message>
        <source>The desktop keyring remembers no password of cloud %1.</source>
        <translation>Der Schlüsselbund des Desktops enthält kein Passwort der Cloud %1.</translation>
    </message>
    <message>
        <source>The desktop keyring could not forget the password of cloud %1 (%2).</source>
        <translation>Der Schlüsselbund des Desktops konnte das Passwort der Cloud %1 nicht entfernen (%2).</translation>
    </message>
    <message>
        <source>The password came from the desktop keyring: forget it (Forget Password) and connect again to type the new one.</source>
        <translation>Das Passwort stammt aus dem Schlüsselbund des Desktops: entfernen Sie es (Passwort vergessen) und verbinden Sie sich erneut, um das neue einzugeben.</translation>
    </message>
</context>
<context>
    <name>cloud::FleetManager</name>
    <message>
        <source>Reading the resource providers of cloud %1</source>
        <translation>Lese die Resource Provider der Cloud %1</translation>
    </message>
    <message>
        <source>Reading the resource providers of cloud %1: %2 of %3</source>
        <translation>Lese die Resource Provider der Cloud %1: %2 von %3</translation>
    </message>
    <message>
        <source>Counting %1 across cloud %2</source>
        <translation>Zähle %1 in der Cloud %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Nova cannot schedule it: %1</source>
        <translation>Nova kann sie nicht einplanen: %1</translation>
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
    <message>
        <source>%1 has no captured state to add host facts to yet</source>
        <translation>%1 hat noch keinen erfassten Zustand, dem Host-Fakten hinzugefügt werden könnten</translation>
    </message>
    <message>
        <source>Probing %1 over ssh…</source>
        <translation>Frage %1 über ssh ab…</translation>
    </message>
    <message>
        <source>%1: the ssh probe failed; the snapshot is saved without host facts: %2</source>
        <translation>%1: die ssh-Abfrage ist fehlgeschlagen; der Schnappschuss wird ohne Host-Fakten gespeichert: %2</translation>
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
        <source>--flavor needs --flavor-file</source>
        <translation>--flavor benötigt --flavor-file</translation>
    </message>
    <message>
        <source>Open the host snapshot F (.vdeckhost) instead of the demo host.</source>
        <translation>Den Host-Schnappschuss F (.vdeckhost) statt des Demo-Hosts öffnen.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the saved setting otherwise).</source>
        <translation>Farbschema für diesen Lauf: system, light oder dark (sonst die gespeicherte Einstellung).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use system, light or dark)</source>
        <translation>unbekanntes Farbschema &apos;%1&apos; (system, light oder dark verwenden)</translation>
    </message>
    <message>
        <source>Show page ID: hosts, devices, flavors, xml, findings, operations, capacity, pci, clouds.</source>
        <translation>Seite ID zeigen: hosts, devices, flavors, xml, findings, operations, capacity, pci, clouds.</translation>
    </message>
    <message>
        <source>Show the clouds page and connect to cloud NAME of clouds.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/).</source>
        <translation>Die Cloud-Seite zeigen und mit Cloud NAME aus clouds.yaml verbinden (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/).</translation>
    </message>
    <message>
        <source>Select flavor NAME of the library (with --cloud also on the clouds page, beside the cloud&apos;s).</source>
        <translation>Flavor NAME der Bibliothek auswählen (mit --cloud auch auf der Seite Clouds, neben dem der Cloud).</translation>
    </message>
    <message>
        <source>With --cloud: open the push dialog (the plan for the open library) once the cloud is read.</source>
        <translation>Mit --cloud: den Push-Dialog (den Plan für die offene Bibliothek) öffnen, sobald die Cloud gelesen ist.</translation>
    </message>
    <message>
        <source>--push needs --cloud</source>
        <translation>--push braucht --cloud</translation>
    </message>
    <message>
        <source>With --cloud: show the Capacity page&apos;s fleet and count flavor NAME (deployed, else of the library) across the cloud&apos;s compute nodes.</source>
        <translation>Mit --cloud: die Flotte der Seite „Kapazität“ zeigen und Flavor NAME (bereitgestellt, sonst aus der Bibliothek) über die Compute-Knoten der Cloud zählen.</translation>
    </message>
    <message>
        <source>--fleet-flavor needs --cloud</source>
        <translation>--fleet-flavor braucht --cloud</translation>
    </message>
</context>
</TS>
