<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessTokens</name>
    <message>
        <source>the access token is malformed or its signature does not verify</source>
        <translation>das Zugriffstoken ist fehlerhaft oder seine Signatur ist ungültig</translation>
    </message>
    <message>
        <source>the access token has expired</source>
        <translation>das Zugriffstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>the access token&apos;s application no longer exists</source>
        <translation>die Anwendung des Zugriffstokens existiert nicht mehr</translation>
    </message>
    <message>
        <source>the access token&apos;s application is disabled</source>
        <translation>die Anwendung des Zugriffstokens ist deaktiviert</translation>
    </message>
    <message>
        <source>every token of the application was revoked after this one was issued</source>
        <translation>alle Tokens der Anwendung wurden nach Ausstellung dieses Tokens widerrufen</translation>
    </message>
    <message>
        <source>the access token&apos;s session no longer exists</source>
        <translation>die Sitzung des Zugriffstokens existiert nicht mehr</translation>
    </message>
    <message>
        <source>the access token&apos;s session was revoked</source>
        <translation>die Sitzung des Zugriffstokens wurde widerrufen</translation>
    </message>
    <message>
        <source>the access token has no session</source>
        <translation>das Zugriffstoken hat keine Sitzung</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>
Admin commands, on the console&apos;s database unless --db FILE or --db-url URL names another;
--json prints JSON for scripts. Exit status: 0 done, 1 not found, 2 bad input:
</source>
        <translation>
Admin-Befehle arbeiten mit der Datenbank der Konsole, sofern nicht --db FILE oder --db-url URL eine andere angibt;
--json gibt JSON für Skripte aus. Exit-Status: 0 erledigt, 1 nicht gefunden, 2 ungültige Eingabe:
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; benötigt einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command: %1 %2. Commands: %3.</source>
        <translation>Unbekannter Befehl: %1 %2. Befehle: %3.</translation>
    </message>
</context>
<context>
    <name>AdminRun</name>
    <message>
        <source>Usage: authdesk %1</source>
        <translation>Verwendung: authdesk %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>authdesk: %1</source>
        <translation>authdesk: %1</translation>
    </message>
    <message>
        <source>No application has the client ID %1.</source>
        <translation>Keine Anwendung hat die Client-ID %1.</translation>
    </message>
    <message>
        <source>No test user has the e-mail %1.</source>
        <translation>Kein Testbenutzer hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>ApiAccess</name>
    <message>
        <source>the request has no bearer token</source>
        <translation>die Anfrage enthält kein Bearer-Token</translation>
    </message>
    <message>
        <source>a %1 token cannot read this</source>
        <translation>ein %1-Token kann dies nicht lesen</translation>
    </message>
    <message>
        <source>the token&apos;s user no longer exists</source>
        <translation>der Benutzer des Tokens existiert nicht mehr</translation>
    </message>
    <message>
        <source>introspection needs a client ID and its secret</source>
        <translation>die Introspektion benötigt eine Client-ID und ihr Client-Secret</translation>
    </message>
    <message>
        <source>introspection without a token</source>
        <translation>Introspektion ohne Token</translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <source>Client ID:  %1
Name:       %2
Type:       %3
Enabled:    %4
Grants:     %5
Created:    %6
Last used:  %7</source>
        <translation>Client-ID:          %1
Name:               %2
Typ:                %3
Aktiviert:          %4
Grant-Typen:        %5
Erstellt:           %6
Zuletzt verwendet:  %7</translation>
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
        <source>Client ID:      %1
Client secret:  %2
Copy the secret now: AuthDesk shows it only once.</source>
        <translation>Client-ID:      %1
Client-Secret:  %2
Kopieren Sie das Secret jetzt: AuthDesk zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>The old secret works until %1.</source>
        <translation>Das alte Secret funktioniert bis %1.</translation>
    </message>
    <message>
        <source>--name is required: the application&apos;s name.</source>
        <translation>--name ist erforderlich: der Name der Anwendung.</translation>
    </message>
    <message>
        <source>--type must be marketplace or integration, not &apos;%1&apos;.</source>
        <translation>--type muss marketplace oder integration sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Created the %1 application &quot;%2&quot;.</source>
        <translation>Anwendung „%2“ (Typ %1) erstellt.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Keine Anwendungen.</translation>
    </message>
    <message>
        <source>--overlap must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>--overlap muss eine Anzahl von Sekunden sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;.</source>
        <translation>Neues Secret für „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enabled.</source>
        <translation>„%1“ ist aktiviert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled: its clients get 401 invalid_client.</source>
        <translation>„%1“ ist deaktiviert: Clients der Anwendung erhalten 401 invalid_client.</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>An application with this client ID already exists.</source>
        <translation>Eine Anwendung mit dieser Client-ID existiert bereits.</translation>
    </message>
    <message>
        <source>The application does not exist.</source>
        <translation>Die Anwendung existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>The application needs a name.</source>
        <translation>Die Anwendung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The application&apos;s name is longer than 200 characters.</source>
        <translation>Der Name der Anwendung ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The client ID must be a UUID, such as 8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11.</source>
        <translation>Die Client-ID muss eine UUID sein, etwa 8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11.</translation>
    </message>
    <message>
        <source>The %1 grant is not available to %2 applications.</source>
        <translation>Der Grant-Typ %1 ist für Anwendungen vom Typ %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>The access-token lifetime must be from 1 second to 24 hours.</source>
        <translation>Die Gültigkeitsdauer des Zugriffstokens muss zwischen 1 Sekunde und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>The refresh-token lifetime must be from 1 minute to 10 years.</source>
        <translation>Die Gültigkeitsdauer des Aktualisierungstokens muss zwischen 1 Minute und 10 Jahren liegen.</translation>
    </message>
    <message>
        <source>The refresh-token idle timeout must be at least 1 minute.</source>
        <translation>Das Inaktivitätszeitlimit des Aktualisierungstokens muss mindestens 1 Minute betragen.</translation>
    </message>
    <message>
        <source>The rotation grace window must be from 0 to 300 seconds.</source>
        <translation>Die Karenzzeit nach der Rotation muss zwischen 0 und 300 Sekunden liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a browser origin. Write it as scheme://host[:port], such as http://localhost:3000.</source>
        <translation>„%1“ ist kein Browser-Origin. Geben Sie ihn als scheme://host[:port] an, etwa http://localhost:3000.</translation>
    </message>
    <message>
        <source>Created %1 application &quot;%2&quot;</source>
        <translation>Anwendung „%2“ (Typ %1) erstellt</translation>
    </message>
    <message>
        <source>No application has the client ID %1.</source>
        <translation>Keine Anwendung hat die Client-ID %1.</translation>
    </message>
    <message>
        <source>The overlap must be from 0 seconds to 30 days.</source>
        <translation>Die Überlappung muss zwischen 0 Sekunden und 30 Tagen liegen.</translation>
    </message>
    <message>
        <source>Changed the settings of &quot;%1&quot;</source>
        <translation>Einstellungen von „%1“ geändert</translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;</source>
        <translation>„%1“ aktiviert</translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;</source>
        <translation>„%1“ deaktiviert</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and all of its sessions</source>
        <translation>„%1“ und alle zugehörigen Sitzungen gelöscht</translation>
    </message>
    <message>
        <source>Only marketplace applications have a marketplace URL.</source>
        <translation>Nur Marktplatz-Anwendungen haben eine Marktplatz-URL.</translation>
    </message>
    <message>
        <source>The marketplace URL &apos;%1&apos; is not a web address. Write it as http(s)://host[:port][/path], such as http://localhost:3000.</source>
        <translation>Die Marktplatz-URL „%1“ ist keine Webadresse. Geben Sie sie als http(s)://host[:port][/path] an, etwa http://localhost:3000.</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;; the old one works until %2</source>
        <translation>Neues Secret für „%1“; das alte funktioniert bis %2</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;; the old one stopped working at once</source>
        <translation>Neues Secret für „%1“; das alte funktioniert ab sofort nicht mehr</translation>
    </message>
    <message>
        <source>Allowed the origin %1 for &quot;%2&quot;</source>
        <translation>Origin %1 für „%2“ erlaubt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source>access-token lifetime</source>
        <translation>Gültigkeitsdauer des Zugriffstokens</translation>
    </message>
    <message>
        <source>refresh-token lifetime</source>
        <translation>Gültigkeitsdauer des Aktualisierungstokens</translation>
    </message>
    <message>
        <source>refresh-token idle timeout</source>
        <translation>Inaktivitätszeitlimit des Aktualisierungstokens</translation>
    </message>
    <message>
        <source>rotation grace window</source>
        <translation>Karenzzeit nach der Rotation</translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation>erlaubte Origins</translation>
    </message>
    <message>
        <source>marketplace URL</source>
        <translation>Marktplatz-URL</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>auto-approve login-as</source>
        <translation>„Anmelden als“ automatisch genehmigen</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Eine Seite kann nicht vor der ersten Zeile beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>AuthServer</name>
    <message>
        <source>a chunked body (Transfer-Encoding) is not accepted</source>
        <translation>ein Body in Chunks (Transfer-Encoding) wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>der Body ist größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <source>the request line and headers are larger than the limit of %1 bytes</source>
        <translation>Anfragezeile und Header sind größer als das Limit von %1 Bytes</translation>
    </message>
    <message>
        <source>too many requests were sent ahead of their answers</source>
        <translation>zu viele Anfragen wurden vor ihren Antworten gesendet</translation>
    </message>
    <message>
        <source>the server does not know this method</source>
        <translation>der Server kennt diese Methode nicht</translation>
    </message>
    <message>
        <source>the request line or a header is malformed</source>
        <translation>die Anfragezeile oder ein Header ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>the key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
</context>
<context>
    <name>BuiltinIdpEndpoint</name>
    <message>
        <source>the sign-in is not a form</source>
        <translation>die Anmeldung ist kein Formular</translation>
    </message>
    <message>
        <source>the parameters cannot be decoded: %1</source>
        <translation>die Parameter können nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsReader</name>
    <message>
        <source>the Basic authorization header cannot be decoded</source>
        <translation>der Basic-Authorization-Header kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the client sent both a Basic header and a client_secret</source>
        <translation>der Client hat sowohl einen Basic-Header als auch ein client_secret gesendet</translation>
    </message>
    <message>
        <source>the body client_id differs from the Basic user</source>
        <translation>die client_id im Body weicht vom Basic-Benutzer ab</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;authdesk --help&apos; for usage.</source>
        <translation>Eine Übersicht der Optionen zeigt &apos;authdesk --help&apos;.</translation>
    </message>
    <message>
        <source>the AuthDesk folder in your data directory</source>
        <translation>der AuthDesk-Ordner in Ihrem Datenverzeichnis</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>--key-file needs a file name.</source>
        <translation>--key-file benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a file name.</source>
        <translation>--seed benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests per minute from 1 to 1000000, not &apos;%1&apos;.</source>
        <translation>--rate-limit muss eine Anzahl von Anfragen pro Minute von 1 bis 1000000 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bind must be an IP address, such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind muss eine IP-Adresse sein, etwa 127.0.0.1, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bind %1 would expose AuthDesk to other machines. Add --allow-remote if you really want that.</source>
        <translation>--bind %1 würde AuthDesk für andere Rechner erreichbar machen. Fügen Sie --allow-remote hinzu, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>--db and --db-url cannot be used together: choose SQLite or PostgreSQL.</source>
        <translation>--db und --db-url können nicht zusammen verwendet werden: Wählen Sie SQLite oder PostgreSQL.</translation>
    </message>
    <message>
        <source>--db-url: %1</source>
        <translation>--db-url: %1</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--threads muss eine Zahl von 1 bis %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--public-url must be http:// or https:// with a host and an optional port and nothing else, such as http://auth.example.test:8080, not &apos;%1&apos;.</source>
        <translation>--public-url muss eine http://- oder https://-Adresse mit Host und optionalem Port und sonst nichts sein, etwa http://auth.example.test:8080, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage:
  authdesk [options]          open the console (needs a display)
  authdesk serve [options]    run the Authentication API without a window
  authdesk check-keychain     tell whether the OS keychain can hold AuthDesk&apos;s key

Options for serve:
  --db FILE        SQLite database file (default: %1)
  --db-url URL     PostgreSQL database instead, as postgresql://USER@HOST:PORT/DB;
                   the password comes from PGPASSWORD or ~/.pgpass
  --bind ADDR      address to listen on (default: 127.0.0.1)
  --port N         port to listen on, 0 for any free port (default: 8787)
  --allow-remote   allow a --bind address other than loopback
  --rate-limit N   allow N token requests per minute from one client address
                   (default: no limit)
  --threads N      serve HTTP on N threads, from 1 to %2 (default: one per core,
                   at most 4)
  --public-url URL the address clients use, e.g. a load balancer&apos;s http://HOST:PORT:
                   the tokens&apos; issuer, and a Host header the server accepts
  --request-log FILE  append every request&apos;s decision to FILE as a JSON line
                   (created 0600; secrets and tokens redacted)
  --seed FILE      create the applications and test users of a JSON seed file
  --key-file FILE  keep the key-encryption key in FILE (created 0600) instead of the
                   OS keychain, for machines without one

Options for the console: --db, --port and --key-file as for serve, and
  --screenshots DIR  save a picture of each page in DIR, then quit

General options:
  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation>Verwendung:
  authdesk [Optionen]         öffnet die Konsole (benötigt eine Anzeige)
  authdesk serve [Optionen]   betreibt die Authentication API ohne Fenster
  authdesk check-keychain     prüft, ob der Schlüsselbund des Betriebssystems den Schlüssel von AuthDesk aufnehmen kann

Optionen für serve:
  --db FILE        SQLite-Datenbankdatei (Standard: %1)
  --db-url URL     stattdessen eine PostgreSQL-Datenbank, als postgresql://USER@HOST:PORT/DB;
                   das Passwort kommt aus PGPASSWORD oder ~/.pgpass
  --bind ADDR      Adresse, auf der gelauscht wird (Standard: 127.0.0.1)
  --port N         Port, auf dem gelauscht wird, 0 für einen beliebigen freien Port (Standard: 8787)
  --allow-remote   erlaubt eine andere --bind-Adresse als Loopback
  --rate-limit N   erlaubt N Token-Anfragen pro Minute von einer Client-Adresse
                   (Standard: keine Begrenzung)
  --threads N      bedient HTTP mit N Threads, von 1 bis %2 (Standard: einer pro Kern,
                   höchstens 4)
  --public-url URL die Adresse, die Clients verwenden, z. B. http://HOST:PORT eines Load Balancers:
                   der Aussteller (Issuer) der Tokens und ein Host-Header, den der Server akzeptiert
  --request-log FILE  hängt die Entscheidung zu jeder Anfrage als JSON-Zeile an FILE an
                   (mit 0600 angelegt; Secrets und Tokens geschwärzt)
  --seed FILE      legt die Anwendungen und Testbenutzer einer JSON-Seed-Datei an
  --key-file FILE  bewahrt den Schlüsselverschlüsselungsschlüssel in FILE (mit 0600 angelegt)
                   statt im Schlüsselbund des Betriebssystems auf, für Rechner ohne Schlüsselbund

Optionen für die Konsole: --db, --port und --key-file wie bei serve, sowie
  --screenshots DIR  speichert ein Bild jeder Seite in DIR und beendet sich dann

Allgemeine Optionen:
  -h, --help       zeigt diese Hilfe
  -v, --version    zeigt die Version
</translation>
    </message>
    <message>
        <source>--request-log needs a file name.</source>
        <translation>--request-log benötigt einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>AuthDesk cannot start</source>
        <translation>AuthDesk kann nicht starten</translation>
    </message>
    <message>
        <source>AuthDesk keeps the key that protects its signing key in the OS keychain, and none is usable.

%1

Start a keychain (for example GNOME Keyring) and try again, or start AuthDesk with --key-file FILE to keep the key in a file only you can read.</source>
        <translation>AuthDesk bewahrt den Schlüssel, der seinen Signaturschlüssel schützt, im Schlüsselbund des Betriebssystems auf, aber keiner ist nutzbar.

%1

Starten Sie einen Schlüsselbund (zum Beispiel GNOME Keyring) und versuchen Sie es erneut, oder starten Sie AuthDesk mit --key-file FILE, um den Schlüssel in einer Datei aufzubewahren, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1

Move the file away or fix its permissions, then start AuthDesk again.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.

%1

Verschieben Sie die Datei oder korrigieren Sie ihre Berechtigungen und starten Sie AuthDesk dann erneut.</translation>
    </message>
    <message>
        <source>AuthDesk cannot open its database</source>
        <translation>AuthDesk kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>%1

Check that the server runs and the login is right, or use the database file on this computer instead.</source>
        <translation>%1

Prüfen Sie, ob der Server läuft und die Anmeldedaten stimmen, oder verwenden Sie stattdessen die Datenbankdatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The password is not remembered</source>
        <translation>Das Passwort wird nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

AuthDesk uses the database now. Next time it will ask again; to avoid that, set PGPASSWORD or put the password in ~/.pgpass.</source>
        <translation>%1

AuthDesk verwendet die Datenbank jetzt. Beim nächsten Start fragt es erneut; um das zu vermeiden, setzen Sie PGPASSWORD oder tragen Sie das Passwort in ~/.pgpass ein.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden (Journal-Modus %2).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>Die Datenbank antwortet nicht.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The database is busy or unavailable.</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying...</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen. Neuer Versuch...</translation>
    </message>
    <message>
        <source>The database cannot be reached. Retrying...</source>
        <translation>Die Datenbank ist nicht erreichbar. Neuer Versuch...</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL must look like postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL muss die Form postgresql://USER@HOST:PORT/DATABASE haben.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql://, not %1://.</source>
        <translation>Die Datenbank-URL muss mit postgresql:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>The database URL is not a valid URL.</source>
        <translation>Die Datenbank-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password. Set PGPASSWORD or put the password in ~/.pgpass instead.</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten. Setzen Sie stattdessen PGPASSWORD oder tragen Sie das Passwort in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The database URL names no host.</source>
        <translation>Die Datenbank-URL nennt keinen Host.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port must be from 1 to 65535.</source>
        <translation>Der Port der Datenbank-URL muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The database URL must not have options (after ? or #).</source>
        <translation>Die Datenbank-URL darf keine Optionen enthalten (nach ? oder #).</translation>
    </message>
    <message>
        <source>The database URL names no database (the part after the last /).</source>
        <translation>Die Datenbank-URL nennt keine Datenbank (den Teil nach dem letzten /).</translation>
    </message>
    <message>
        <source>The database URL&apos;s database name cannot contain &apos;/&apos;.</source>
        <translation>Der Datenbankname in der Datenbank-URL darf kein &apos;/&apos; enthalten.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>Der Export kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 application(s), %2 test user(s) and %3 identity provider(s) to %4, without secrets or passwords.</source>
        <translation>%1 Anwendung(en), %2 Testbenutzer und %3 Identitätsanbieter nach %4 exportiert, ohne Secrets und Passwörter.</translation>
    </message>
</context>
<context>
    <name>FormDecoder</name>
    <message>
        <source>more than 64 parameters</source>
        <translation>mehr als 64 Parameter</translation>
    </message>
    <message>
        <source>a parameter is longer than 4 KiB</source>
        <translation>ein Parameter ist länger als 4 KiB</translation>
    </message>
    <message>
        <source>a bad percent escape or invalid UTF-8 in the body</source>
        <translation>fehlerhafte Prozentkodierung oder ungültiges UTF-8 im Body</translation>
    </message>
    <message>
        <source>a NUL, CR or LF in a parameter</source>
        <translation>NUL, CR oder LF in einem Parameter</translation>
    </message>
    <message>
        <source>the parameter %1 appears more than once</source>
        <translation>der Parameter %1 kommt mehrfach vor</translation>
    </message>
</context>
<context>
    <name>IdentityProviderRepository</name>
    <message>
        <source>An identity provider with the ID %1 already exists.</source>
        <translation>Ein Identitätsanbieter mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The identity provider does not exist.</source>
        <translation>Der Identitätsanbieter existiert nicht.</translation>
    </message>
</context>
<context>
    <name>IdentityProviderService</name>
    <message>
        <source>idp_id: use 1 to 64 lower-case letters, digits and hyphens (e.g. google or my-sso).</source>
        <translation>idp_id: Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und Bindestriche (z. B. google oder my-sso).</translation>
    </message>
    <message>
        <source>name: give the identity provider a name.</source>
        <translation>name: Geben Sie dem Identitätsanbieter einen Namen.</translation>
    </message>
    <message>
        <source>name: use at most %1 characters.</source>
        <translation>name: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>issuer: enter the IdP&apos;s http or https URL, as its tokens&apos; iss says.</source>
        <translation>issuer: Geben Sie die http- oder https-URL des IdP ein, wie sie im iss seiner Tokens steht.</translation>
    </message>
    <message>
        <source>client_id: enter the marketplace&apos;s client ID at the IdP.</source>
        <translation>client_id: Geben Sie die Client-ID des Marktplatzes beim IdP ein.</translation>
    </message>
    <message>
        <source>trusted_client_ids: each entry must be a client ID of one line.</source>
        <translation>trusted_client_ids: Jeder Eintrag muss eine einzeilige Client-ID sein.</translation>
    </message>
    <message>
        <source>jwks_uri: leave it empty or enter an http or https URL.</source>
        <translation>jwks_uri: Lassen Sie das Feld leer oder geben Sie eine http- oder https-URL ein.</translation>
    </message>
    <message>
        <source>Added identity provider</source>
        <translation>Identitätsanbieter hinzugefügt</translation>
    </message>
    <message>
        <source>Changed identity provider</source>
        <translation>Identitätsanbieter geändert</translation>
    </message>
    <message>
        <source>Removed identity provider and its linked identities</source>
        <translation>Identitätsanbieter und seine verknüpften Identitäten entfernt</translation>
    </message>
    <message>
        <source>Linked the %1 identity</source>
        <translation>%1-Identität verknüpft</translation>
    </message>
    <message>
        <source>Unlinked an identity of %1</source>
        <translation>Verknüpfung einer Identität von %1 aufgehoben</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>Die Schlüsseldatei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The key file %1 can be read or changed by other users (its mode is %2). Allow only its owner with &quot;chmod 600 %1&quot;, then start again.</source>
        <translation>Die Schlüsseldatei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2). Erlauben Sie den Zugriff mit &quot;chmod 600 %1&quot; nur dem Eigentümer und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The key file %1 holds %2 bytes instead of %3: it is not an AuthDesk key file, or it was damaged. It was left unchanged.</source>
        <translation>Die Schlüsseldatei %1 enthält %2 statt %3 Bytes: Sie ist keine AuthDesk-Schlüsseldatei oder wurde beschädigt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be created: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No key file was given.</source>
        <translation>Es wurde keine Schlüsseldatei angegeben.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be opened: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be created: it exists, but cannot be opened.</source>
        <translation>Die Schlüsseldatei %1 kann nicht erstellt werden: Sie existiert bereits, kann aber nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>KeyWrapper</name>
    <message>
        <source>The data could not be decrypted: it was changed, or it was encrypted under another key.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden: Sie wurden verändert oder mit einem anderen Schlüssel verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No usable keychain (Secret Service) was found: %1. Start a keyring such as gnome-keyring and unlock it, or pass --key-file FILE to keep the key in a file instead.</source>
        <translation>Es wurde kein nutzbarer Schlüsselbund (Secret Service) gefunden: %1. Starten Sie einen Schlüsselbund wie gnome-keyring und entsperren Sie ihn, oder übergeben Sie --key-file FILE, um den Schlüssel stattdessen in einer Datei aufzubewahren.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s); it may be waiting for someone to unlock it</source>
        <translation>
            <numerusform>er antwortete nicht innerhalb von %n Sekunde; vielleicht wartet er darauf, entsperrt zu werden</numerusform>
            <numerusform>er antwortete nicht innerhalb von %n Sekunden; vielleicht wartet er darauf, entsperrt zu werden</numerusform>
        </translation>
    </message>
    <message>
        <source>it answered &quot;%1&quot;</source>
        <translation>er antwortete „%1“</translation>
    </message>
    <message>
        <source>a test entry read back differs from what was written to it</source>
        <translation>ein zurückgelesener Testeintrag weicht vom geschriebenen Inhalt ab</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of service %2 holds %3 bytes instead of %4, so it is not an AuthDesk key-encryption key. It was left unchanged; remove it yourself if it is not needed.</source>
        <translation>Der Schlüsselbundeintrag „%1“ des Dienstes %2 enthält %3 statt %4 Bytes und ist daher kein Schlüsselverschlüsselungsschlüssel von AuthDesk. Er wurde nicht verändert; entfernen Sie ihn selbst, wenn er nicht benötigt wird.</translation>
    </message>
    <message>
        <source>the Secret Service keychain (service %1)</source>
        <translation>Secret-Service-Schlüsselbund (Dienst %1)</translation>
    </message>
    <message>
        <source>The keychain (Secret Service) could not keep the entry &quot;%1&quot;: %2. Start a keyring such as gnome-keyring and unlock it, then try again.</source>
        <translation>Der Schlüsselbund (Secret Service) konnte den Eintrag &quot;%1&quot; nicht speichern: %2. Starten Sie einen Schlüsselbund wie gnome-keyring, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LinkedIdentityRepository</name>
    <message>
        <source>This identity is linked to a test user already.</source>
        <translation>Diese Identität ist bereits mit einem Testbenutzer verknüpft.</translation>
    </message>
    <message>
        <source>The identity provider or the test user does not exist.</source>
        <translation>Der Identitätsanbieter oder der Testbenutzer existiert nicht.</translation>
    </message>
    <message>
        <source>The identity is not linked.</source>
        <translation>Die Identität ist nicht verknüpft.</translation>
    </message>
</context>
<context>
    <name>LoginAsCodeRepository</name>
    <message>
        <source>The application or test user of this login no longer exists.</source>
        <translation>Die Anwendung oder der Testbenutzer dieser Anmeldung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>LoginAsEndpoint</name>
    <message>
        <source>the query cannot be decoded: %1</source>
        <translation>die Abfrage kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>the approval is not a form</source>
        <translation>die Genehmigung ist kein Formular</translation>
    </message>
    <message>
        <source>the approval cannot be decoded: %1</source>
        <translation>die Genehmigung kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>the approval has no decision</source>
        <translation>die Genehmigung enthält keine Entscheidung</translation>
    </message>
</context>
<context>
    <name>LoginAsService</name>
    <message>
        <source>no marketplace application has this client ID</source>
        <translation>keine Marktplatz-Anwendung hat diese Client-ID</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>die Anwendung ist deaktiviert</translation>
    </message>
    <message>
        <source>the application has no marketplace URL</source>
        <translation>die Anwendung hat keine Marktplatz-URL</translation>
    </message>
    <message>
        <source>the redirect URI is not on the marketplace URL&apos;s origin %1</source>
        <translation>der Redirect-URI liegt nicht auf dem Origin %1 der Marktplatz-URL</translation>
    </message>
    <message>
        <source>client_id or redirect_uri was repeated</source>
        <translation>client_id oder redirect_uri wurde wiederholt</translation>
    </message>
    <message>
        <source>the request names no client</source>
        <translation>die Anfrage nennt keinen Client</translation>
    </message>
    <message>
        <source>parameter %1 was repeated</source>
        <translation>der Parameter %1 wurde wiederholt</translation>
    </message>
    <message>
        <source>the authorization_code grant is disabled for this application</source>
        <translation>der Grant authorization_code ist für diese Anwendung deaktiviert</translation>
    </message>
    <message>
        <source>response_type is not code</source>
        <translation>response_type ist nicht code</translation>
    </message>
    <message>
        <source>the request has no state</source>
        <translation>die Anfrage enthält kein state</translation>
    </message>
    <message>
        <source>the request has no code_challenge</source>
        <translation>die Anfrage enthält keine code_challenge</translation>
    </message>
    <message>
        <source>code_challenge_method is not S256</source>
        <translation>code_challenge_method ist nicht S256</translation>
    </message>
    <message>
        <source>the code_challenge is not an S256 challenge</source>
        <translation>die code_challenge ist keine S256-Challenge</translation>
    </message>
    <message>
        <source>the request has no user_id</source>
        <translation>die Anfrage enthält keine user_id</translation>
    </message>
    <message>
        <source>no test user has this ID</source>
        <translation>kein Testbenutzer hat diese ID</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 ist gesperrt</translation>
    </message>
    <message>
        <source>login as %1 in &quot;%2&quot; (%3) approved automatically</source>
        <translation>Anmeldung als %1 in „%2“ (%3) automatisch genehmigt</translation>
    </message>
    <message>
        <source>approval page shown for login as %1</source>
        <translation>Genehmigungsseite für die Anmeldung als %1 angezeigt</translation>
    </message>
    <message>
        <source>the approval has no form token</source>
        <translation>die Genehmigung enthält kein Formular-Token</translation>
    </message>
    <message>
        <source>the approval&apos;s form token is unknown</source>
        <translation>das Formular-Token der Genehmigung ist unbekannt</translation>
    </message>
    <message>
        <source>the approval page was already answered</source>
        <translation>die Genehmigungsseite wurde bereits beantwortet</translation>
    </message>
    <message>
        <source>the approval page expired</source>
        <translation>die Genehmigungsseite ist abgelaufen</translation>
    </message>
    <message>
        <source>login as %1 in &quot;%2&quot; (%3)</source>
        <translation>Anmeldung als %1 in „%2“ (%3)</translation>
    </message>
    <message>
        <source>Denied %1</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>the operator denied %1</source>
        <translation>der Operator hat %1 abgelehnt</translation>
    </message>
    <message>
        <source>the user no longer exists or is banned</source>
        <translation>der Benutzer existiert nicht mehr oder ist gesperrt</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1 genehmigt</translation>
    </message>
    <message>
        <source>%1 approved on the approval page</source>
        <translation>%1 auf der Genehmigungsseite genehmigt</translation>
    </message>
    <message>
        <source>Authorization code issued: %1; valid for %2 s</source>
        <translation>Autorisierungscode ausgestellt: %1; gültig für %2 s</translation>
    </message>
    <message>
        <source>the authorization_code grant needs a code, a redirect_uri and a code_verifier</source>
        <translation>der Grant authorization_code benötigt code, redirect_uri und code_verifier</translation>
    </message>
    <message>
        <source>the authorization code is unknown</source>
        <translation>der Autorisierungscode ist unbekannt</translation>
    </message>
    <message>
        <source>An authorization code was used again; the login-as session it started was revoked</source>
        <translation>Ein Autorisierungscode wurde erneut verwendet; die damit gestartete „Anmelden als“-Sitzung wurde widerrufen</translation>
    </message>
    <message>
        <source>the authorization code was already used: its session was revoked</source>
        <translation>der Autorisierungscode wurde bereits verwendet: seine Sitzung wurde widerrufen</translation>
    </message>
    <message>
        <source>the authorization code expired</source>
        <translation>der Autorisierungscode ist abgelaufen</translation>
    </message>
    <message>
        <source>the authorization code belongs to another application</source>
        <translation>der Autorisierungscode gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>the redirect_uri differs from the authorization request&apos;s</source>
        <translation>die redirect_uri weicht von der der Autorisierungsanfrage ab</translation>
    </message>
    <message>
        <source>the code_verifier does not match the code_challenge</source>
        <translation>der code_verifier passt nicht zur code_challenge</translation>
    </message>
    <message>
        <source>the user no longer exists</source>
        <translation>der Benutzer existiert nicht mehr</translation>
    </message>
    <message>
        <source>scope &apos;%1&apos; was requested, but this grant issues &apos;%2&apos;</source>
        <translation>Scope &apos;%1&apos; wurde angefordert, dieser Grant vergibt aber &apos;%2&apos;</translation>
    </message>
    <message>
        <source>login as %1 (%2)</source>
        <translation>Anmeldung als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>Das Passwort konnte nicht gehasht werden: nicht genügend Speicher.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>The database is busy or unreachable. Try again in a moment.</source>
        <translation>Die Datenbank ist ausgelastet oder nicht erreichbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Someone may have deleted it meanwhile; the list has been refreshed.</source>
        <translation>Möglicherweise wurde es inzwischen gelöscht; die Liste wurde aktualisiert.</translation>
    </message>
    <message>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
</context>
<context>
    <name>RevocationService</name>
    <message>
        <source>revocation by a client that failed to authenticate</source>
        <translation>Widerruf durch einen Client, dessen Authentifizierung fehlschlug</translation>
    </message>
    <message>
        <source>revocation without an access token or client credentials</source>
        <translation>Widerruf ohne Zugriffstoken oder Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>revocation without a token</source>
        <translation>Widerruf ohne Token</translation>
    </message>
    <message>
        <source>an anonymous token can revoke nothing: no-op</source>
        <translation>ein anonymes Token kann nichts widerrufen: keine Aktion</translation>
    </message>
    <message>
        <source>unknown token: no-op</source>
        <translation>unbekanntes Token: keine Aktion</translation>
    </message>
    <message>
        <source>the token belongs to another client or user: no-op</source>
        <translation>das Token gehört zu einem anderen Client oder Benutzer: keine Aktion</translation>
    </message>
    <message>
        <source>the session was already revoked: no-op</source>
        <translation>die Sitzung war bereits widerrufen: keine Aktion</translation>
    </message>
    <message>
        <source>the refresh token has expired: no-op</source>
        <translation>das Aktualisierungstoken ist abgelaufen: keine Aktion</translation>
    </message>
    <message>
        <source>session revoked by its client</source>
        <translation>Sitzung von ihrem Client widerrufen</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>the Host header &quot;%1&quot; does not name this server (DNS-rebinding defence)</source>
        <translation>der Host-Header „%1“ nennt nicht diesen Server (Schutz vor DNS-Rebinding)</translation>
    </message>
    <message>
        <source>the origin %1 is in neither the global list nor any application&apos;s allowed origins</source>
        <translation>der Origin %1 steht weder in der globalen Liste noch unter den erlaubten Origins einer Anwendung</translation>
    </message>
    <message>
        <source>this path answers %1 only</source>
        <translation>dieser Pfad beantwortet nur %1</translation>
    </message>
    <message>
        <source>a preflight from an allowed origin</source>
        <translation>ein Preflight von einem erlaubten Origin</translation>
    </message>
    <message>
        <source>the server has no such path</source>
        <translation>der Server hat keinen solchen Pfad</translation>
    </message>
    <message>
        <source>fault rule %1 dropped the connection</source>
        <translation>die Fehlerregel %1 hat die Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>fault rule %1 answered %2 on purpose</source>
        <translation>die Fehlerregel %1 hat absichtlich mit %2 geantwortet</translation>
    </message>
</context>
<context>
    <name>RsaSigningKey</name>
    <message>
        <source>An RSA key could not be generated.</source>
        <translation>Ein RSA-Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The stored RSA key cannot be read.</source>
        <translation>Der gespeicherte RSA-Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored RSA key is shorter than %1 bits.</source>
        <translation>Der gespeicherte RSA-Schlüssel ist kürzer als %1 Bit.</translation>
    </message>
</context>
<context>
    <name>SeedImporter</name>
    <message>
        <source>is not a known field (known: %1)</source>
        <translation>ist kein bekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <source>Seed field %1 %2.</source>
        <translation>Seed-Feld %1 %2.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>Seed field %1 must be an object.</source>
        <translation>Seed-Feld %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>must be &quot;marketplace&quot; or &quot;integration&quot;</source>
        <translation>muss &quot;marketplace&quot; oder &quot;integration&quot; sein</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>muss eine UUID sein</translation>
    </message>
    <message>
        <source>is not a grant type</source>
        <translation>ist kein Grant-Typ</translation>
    </message>
    <message>
        <source>is not available to %1 applications</source>
        <translation>ist für Anwendungen vom Typ %1 nicht verfügbar</translation>
    </message>
    <message>
        <source>Seed entry %1: %2</source>
        <translation>Seed-Eintrag %1: %2</translation>
    </message>
    <message>
        <source>The seed file %1 cannot be read: %2</source>
        <translation>Die Seed-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The seed file %1 is larger than 64 MiB.</source>
        <translation>Die Seed-Datei %1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>The seed file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Seed-Datei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The seed file must hold a JSON object with &quot;applications&quot; and &quot;users&quot;.</source>
        <translation>Die Seed-Datei muss ein JSON-Objekt mit &quot;applications&quot; und &quot;users&quot; enthalten.</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>Seed field %1.client_id repeats an earlier client ID.</source>
        <translation>Seed-Feld %1.client_id wiederholt eine frühere Client-ID.</translation>
    </message>
    <message>
        <source>Seed field %1.email repeats an earlier e-mail.</source>
        <translation>Seed-Feld %1.email wiederholt eine frühere E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>is only for marketplace applications</source>
        <translation>ist nur für Marktplatz-Anwendungen</translation>
    </message>
    <message>
        <source>must be an http(s) URL such as &quot;http://localhost:3000&quot;</source>
        <translation>muss eine http(s)-URL sein, etwa &quot;http://localhost:3000&quot;</translation>
    </message>
    <message>
        <source>must be &quot;dev&quot;, &quot;test&quot; or &quot;live&quot;</source>
        <translation>muss &quot;dev&quot;, &quot;test&quot; oder &quot;live&quot; sein</translation>
    </message>
    <message>
        <source>Seed field %1.idp_id repeats an earlier idp_id.</source>
        <translation>Seed-Feld %1.idp_id wiederholt eine frühere idp_id.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>authdesk: %1</source>
        <translation>authdesk: %1</translation>
    </message>
    <message>
        <source>The keychain works: AuthDesk keeps its key-encryption key in %1.</source>
        <translation>Der Schlüsselbund funktioniert. Ablageort des Schlüsselverschlüsselungsschlüssels von AuthDesk: %1.</translation>
    </message>
    <message>
        <source>authdesk: importing %1 failed: %2</source>
        <translation>authdesk: Import von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>authdesk: seed %1: %2 application(s) and %3 test user(s) created, %4 and %5 already there</source>
        <translation>authdesk: Seed %1: %2 Anwendung(en) und %3 Testbenutzer erstellt, %4 bzw. %5 bereits vorhanden</translation>
    </message>
    <message>
        <source>authdesk: warning: listening on %1, which other machines can reach. Test users and tokens are then exposed to your network.</source>
        <translation>authdesk: Warnung: lauscht auf %1, das für andere Rechner erreichbar ist. Testbenutzer und Tokens sind dann in Ihrem Netzwerk zugänglich.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>Name exactly one of --user EMAIL, --app CLIENT_ID or --family ID.</source>
        <translation>Geben Sie genau eine der Optionen --user EMAIL, --app CLIENT_ID oder --family ID an.</translation>
    </message>
    <message>
        <source>--reason is required; it is kept in the audit log.</source>
        <translation>--reason ist erforderlich; der Grund wird im Prüfprotokoll gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation>Geben Sie einen Grund an; er wird im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>Der Grund ist länger als 500 Zeichen.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Die Sitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The session was already revoked.</source>
        <translation>Die Sitzung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>The test user no longer exists.</source>
        <translation>Der Testbenutzer existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n Sitzung)</numerusform>
            <numerusform>%1 (%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Die Anwendung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>session of %1 in %2</source>
        <translation>Sitzung von %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) of &quot;%2&quot;)</source>
        <translation>
            <numerusform>%1 (%n Sitzung von „%2“)</numerusform>
            <numerusform>%1 (%n Sitzungen von „%2“)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The signing key has %1 bytes instead of %2.</source>
        <translation>Der Signaturschlüssel hat %1 statt %2 Bytes.</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public half does not match its seed.</source>
        <translation>Der Signaturschlüssel ist beschädigt: Sein öffentlicher Teil passt nicht zu seinem Seed.</translation>
    </message>
</context>
<context>
    <name>SigningKeyRepository</name>
    <message>
        <source>A signing key with this key ID already exists.</source>
        <translation>Ein Signaturschlüssel mit dieser Schlüssel-ID existiert bereits.</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>The key-encryption key must be %1 bytes.</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel muss %1 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The signing key could not be stored.</source>
        <translation>Der Signaturschlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The signing key in the database cannot be decrypted with this key-encryption key. Use the key file or keychain that this database was created with.</source>
        <translation>Der Signaturschlüssel in der Datenbank kann mit diesem Schlüsselverschlüsselungsschlüssel nicht entschlüsselt werden. Verwenden Sie die Schlüsseldatei oder den Schlüsselbund, mit der bzw. dem diese Datenbank erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>SignupService</name>
    <message>
        <source>firstName and lastName are required.</source>
        <translation>firstName und lastName sind erforderlich.</translation>
    </message>
    <message>
        <source>idpId, idpClientId and idpToken are required.</source>
        <translation>idpId, idpClientId und idpToken sind erforderlich.</translation>
    </message>
    <message>
        <source>This identity has a test user already.</source>
        <translation>Diese Identität hat bereits einen Testbenutzer.</translation>
    </message>
    <message>
        <source>The token has no e-mail; send one.</source>
        <translation>Das Token enthält keine E-Mail-Adresse; senden Sie eine mit.</translation>
    </message>
</context>
<context>
    <name>Sodium</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografiebibliothek konnte nicht initialisiert werden.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy or unavailable. Try again in a moment.</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>TestControls</name>
    <message>
        <source>Set the clock back to the real time</source>
        <translation>Uhr auf die echte Zeit zurückgesetzt</translation>
    </message>
    <message>
        <source>Moved the clock by %1 seconds</source>
        <translation>Uhr um %1 Sekunden verstellt</translation>
    </message>
    <message>
        <source>Added the fault rule %1</source>
        <translation>Fehlerregel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Cleared the fault rule %1</source>
        <translation>Fehlerregel %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n fault rule(s)</source>
        <translation>
            <numerusform>%n Fehlerregel gelöscht</numerusform>
            <numerusform>%n Fehlerregeln gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestKitCommands</name>
    <message>
        <source>The clock shows the real time.</source>
        <translation>Die Uhr zeigt die echte Zeit.</translation>
    </message>
    <message>
        <source>The clock is %1 seconds off the real time: it shows %2.</source>
        <translation>Die Uhr weicht um %1 Sekunden von der echten Zeit ab: Sie zeigt %2.</translation>
    </message>
    <message>
        <source>--offset takes a number of seconds, such as +960 or -60.</source>
        <translation>--offset erwartet eine Anzahl von Sekunden, etwa +960 oder -60.</translation>
    </message>
    <message numerus="yes">
        <source>(%n left)</source>
        <translation>
            <numerusform>(noch %n)</numerusform>
            <numerusform>(noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Give exactly one of --status N, --delay-ms N or --drop.</source>
        <translation>Geben Sie genau eine der Optionen --status N, --delay-ms N oder --drop an.</translation>
    </message>
    <message>
        <source>Give --count K or --for-seconds S, not both.</source>
        <translation>Geben Sie --count K oder --for-seconds S an, nicht beides.</translation>
    </message>
    <message>
        <source>Added fault rule %1.</source>
        <translation>Fehlerregel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No fault rules.</source>
        <translation>Keine Fehlerregeln.</translation>
    </message>
    <message>
        <source>--id takes the number of a fault rule (see fault list).</source>
        <translation>--id erwartet die Nummer einer Fehlerregel (siehe fault list).</translation>
    </message>
    <message numerus="yes">
        <source>%n fault rule(s) cleared.</source>
        <translation>
            <numerusform>%n Fehlerregel gelöscht.</numerusform>
            <numerusform>%n Fehlerregeln gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestUserRepository</name>
    <message>
        <source>A test user with this e-mail already exists.</source>
        <translation>Ein Testbenutzer mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>A test user with the e-mail %1 already exists.</source>
        <translation>Ein Testbenutzer mit der E-Mail-Adresse %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The test user does not exist.</source>
        <translation>Der Testbenutzer existiert nicht.</translation>
    </message>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Eine Seite kann nicht vor der ersten Zeile beginnen oder enden.</translation>
    </message>
    <message>
        <source>A count cannot stop before zero.</source>
        <translation>Eine Zählung kann nicht vor null enden.</translation>
    </message>
</context>
<context>
    <name>TestUserService</name>
    <message>
        <source>The test user needs an e-mail address.</source>
        <translation>Der Testbenutzer benötigt eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The test user needs a password.</source>
        <translation>Der Testbenutzer benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Das Passwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Der Anzeigename ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>Created test user</source>
        <translation>Testbenutzer erstellt</translation>
    </message>
    <message>
        <source>Cancelled; no test user was created.</source>
        <translation>Abgebrochen; es wurde kein Testbenutzer erstellt.</translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 kommt doppelt vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n test users</source>
        <translation>
            <numerusform>%n Testbenutzer</numerusform>
            <numerusform>%n Testbenutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Created test users in bulk</source>
        <translation>Mehrere Testbenutzer auf einmal erstellt</translation>
    </message>
    <message>
        <source>The test user no longer exists.</source>
        <translation>Der Testbenutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Der Anzeigename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Display name changed to &quot;%1&quot;</source>
        <translation>Anzeigename in „%1“ geändert</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Password reset; %n session(s) revoked</source>
        <translation>
            <numerusform>Passwort zurückgesetzt; %n Sitzung widerrufen</numerusform>
            <numerusform>Passwort zurückgesetzt; %n Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned: cannot log in or refresh</source>
        <translation>Blockiert: kann sich weder anmelden noch Tokens aktualisieren</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Blockierung aufgehoben</translation>
    </message>
    <message>
        <source>Login lock lifted</source>
        <translation>Anmeldesperre aufgehoben</translation>
    </message>
    <message>
        <source>Deleted test user and their sessions</source>
        <translation>Testbenutzer und seine Sitzungen gelöscht</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>the URL query holds %1</source>
        <translation>die URL-Abfrage enthält %1</translation>
    </message>
    <message>
        <source>the content type is not a form</source>
        <translation>der Content-Type ist kein Formular</translation>
    </message>
    <message>
        <source>the rate limit of this client address was reached</source>
        <translation>das Ratenlimit dieser Client-Adresse wurde erreicht</translation>
    </message>
    <message>
        <source>the password-hashing queue is full</source>
        <translation>die Warteschlange für Passwort-Hashing ist voll</translation>
    </message>
    <message>
        <source>the database could not save the grant, so it was not answered</source>
        <translation>die Datenbank konnte die Token-Ausgabe nicht speichern, daher wurde die Anfrage nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>TokenRepository</name>
    <message>
        <source>A session with this ID already exists.</source>
        <translation>Eine Sitzung mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The application or test user of this session does not exist.</source>
        <translation>Die Anwendung oder der Testbenutzer dieser Sitzung existiert nicht.</translation>
    </message>
    <message>
        <source>This refresh token exists already.</source>
        <translation>Dieses Aktualisierungstoken existiert bereits.</translation>
    </message>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Eine Seite kann nicht vor der ersten Zeile beginnen oder enden.</translation>
    </message>
    <message>
        <source>A count cannot stop before zero.</source>
        <translation>Eine Zählung kann nicht vor null enden.</translation>
    </message>
    <message>
        <source>The test user was banned or their sessions were revoked meanwhile.</source>
        <translation>Der Testbenutzer wurde inzwischen gesperrt oder seine Sitzungen wurden widerrufen.</translation>
    </message>
    <message>
        <source>Every session of the application was revoked meanwhile.</source>
        <translation>Alle Sitzungen der Anwendung wurden inzwischen widerrufen.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>the request has no grant_type</source>
        <translation>die Anfrage enthält keinen grant_type</translation>
    </message>
    <message>
        <source>grant type &apos;%1&apos; is not supported</source>
        <translation>der Grant-Typ &apos;%1&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 applications cannot use the %2 grant</source>
        <translation>Anwendungen vom Typ %1 können den Grant %2 nicht verwenden</translation>
    </message>
    <message>
        <source>the %1 grant is disabled for this application</source>
        <translation>der Grant %1 ist für diese Anwendung deaktiviert</translation>
    </message>
    <message>
        <source>the request names no client</source>
        <translation>die Anfrage nennt keinen Client</translation>
    </message>
    <message>
        <source>no application has this client ID</source>
        <translation>keine Anwendung hat diese Client-ID</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>die Anwendung ist deaktiviert</translation>
    </message>
    <message>
        <source>the client secret is wrong</source>
        <translation>das Client-Secret ist falsch</translation>
    </message>
    <message>
        <source>the %1 grant needs the client secret, and none was sent</source>
        <translation>der Grant %1 benötigt das Client-Secret, es wurde aber keines gesendet</translation>
    </message>
    <message>
        <source>scope &apos;%1&apos; was requested, but this grant issues &apos;%2&apos;</source>
        <translation>Scope &apos;%1&apos; wurde angefordert, dieser Grant vergibt aber &apos;%2&apos;</translation>
    </message>
    <message>
        <source>anonymous token issued</source>
        <translation>anonymes Token ausgestellt</translation>
    </message>
    <message>
        <source>integration token issued</source>
        <translation>Integrationstoken ausgestellt</translation>
    </message>
    <message>
        <source>the password grant needs a username and a password</source>
        <translation>der Grant password benötigt einen Benutzernamen und ein Passwort</translation>
    </message>
    <message>
        <source>no test user has this e-mail</source>
        <translation>kein Testbenutzer hat diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 ist gesperrt</translation>
    </message>
    <message>
        <source>%1 is locked after repeated failed logins</source>
        <translation>%1 ist nach wiederholten fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>%1 failed logins within %2 minutes; locked until %3</source>
        <translation>%1 fehlgeschlagene Anmeldungen innerhalb von %2 Minuten; gesperrt bis %3</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>falsches Passwort für %1</translation>
    </message>
    <message>
        <source>password login of %1</source>
        <translation>Passwortanmeldung von %1</translation>
    </message>
    <message>
        <source>token exchange needs a subject_token</source>
        <translation>der Token-Austausch benötigt ein subject_token</translation>
    </message>
    <message>
        <source>subject token: %1</source>
        <translation>Subject-Token: %1</translation>
    </message>
    <message>
        <source>the subject token is not a user token</source>
        <translation>das Subject-Token ist kein Benutzertoken</translation>
    </message>
    <message>
        <source>the subject token belongs to another application</source>
        <translation>das Subject-Token gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>user token exchanged for trusted:user</source>
        <translation>Benutzertoken gegen trusted:user getauscht</translation>
    </message>
    <message>
        <source>the refresh_token grant needs a refresh_token</source>
        <translation>der Grant refresh_token benötigt ein refresh_token</translation>
    </message>
    <message>
        <source>the refresh token is unknown</source>
        <translation>das Aktualisierungstoken ist unbekannt</translation>
    </message>
    <message>
        <source>the refresh token belongs to another application</source>
        <translation>das Aktualisierungstoken gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>the session was revoked after refresh-token reuse</source>
        <translation>die Sitzung wurde nach Wiederverwendung eines Aktualisierungstokens widerrufen</translation>
    </message>
    <message>
        <source>the session was revoked</source>
        <translation>die Sitzung wurde widerrufen</translation>
    </message>
    <message>
        <source>the session&apos;s user no longer exists</source>
        <translation>der Benutzer der Sitzung existiert nicht mehr</translation>
    </message>
    <message>
        <source>the refresh token has expired</source>
        <translation>das Aktualisierungstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>the session was idle for longer than the idle timeout</source>
        <translation>die Sitzung war länger als das Leerlauflimit inaktiv</translation>
    </message>
    <message>
        <source>refresh token rotated</source>
        <translation>Aktualisierungstoken rotiert</translation>
    </message>
    <message>
        <source>refresh token repeated within the %1 s grace window: same successor</source>
        <translation>Aktualisierungstoken innerhalb des Kulanzzeitraums von %1 s wiederholt: gleicher Nachfolger</translation>
    </message>
    <message>
        <source>a refresh token was used again %1 s after rotation, past the %2 s grace window</source>
        <translation>ein Aktualisierungstoken wurde %1 s nach der Rotation erneut verwendet, nach Ablauf des Kulanzzeitraums von %2 s</translation>
    </message>
    <message>
        <source>a refresh token %1 rotations old was used again</source>
        <translation>ein %1 Rotationen altes Aktualisierungstoken wurde erneut verwendet</translation>
    </message>
    <message>
        <source>%1; the session was revoked</source>
        <translation>%1; die Sitzung wurde widerrufen</translation>
    </message>
    <message>
        <source>refresh token already used: session revoked (%1)</source>
        <translation>Aktualisierungstoken bereits verwendet: Sitzung widerrufen (%1)</translation>
    </message>
    <message>
        <source>IdP login (auth_with_idp) is not enabled for this application</source>
        <translation>IdP-Anmeldung (auth_with_idp) ist für diese Anwendung nicht aktiviert</translation>
    </message>
    <message>
        <source>an IdP login needs idp_id, idp_client_id and idp_token</source>
        <translation>eine IdP-Anmeldung benötigt idp_id, idp_client_id und idp_token</translation>
    </message>
    <message>
        <source>IdP login of %1 with %2</source>
        <translation>IdP-Anmeldung von %1 mit %2</translation>
    </message>
    <message>
        <source>logged in with the identity provider %1</source>
        <translation>mit dem Identitätsanbieter %1 angemeldet</translation>
    </message>
    <message>
        <source>the subject token is a login-as token</source>
        <translation>das Subject-Token ist ein „Anmelden als“-Token</translation>
    </message>
    <message>
        <source>the user was banned or signed out while this grant ran</source>
        <translation>der Benutzer wurde während dieses Grants gesperrt oder abgemeldet</translation>
    </message>
    <message>
        <source>the user was banned while this grant ran</source>
        <translation>der Benutzer wurde während dieses Grants gesperrt</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or unavailable.</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>The database could not save the change.</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern.</translation>
    </message>
</context>
<context>
    <name>TryItResult</name>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Issued: %1.</source>
        <translation>Ausgestellt: %1.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>--email is required: the test user&apos;s e-mail.</source>
        <translation>--email ist erforderlich: die E-Mail-Adresse des Testbenutzers.</translation>
    </message>
    <message>
        <source>Created the test user %1.</source>
        <translation>Testbenutzer %1 erstellt.</translation>
    </message>
    <message>
        <source>Password:  %1
Copy it now: AuthDesk shows it only once.</source>
        <translation>Passwort:  %1
Kopieren Sie es jetzt: AuthDesk zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>No test users.</source>
        <translation>Keine Testbenutzer.</translation>
    </message>
    <message>
        <source>%1 is banned: logins and refreshes are refused.</source>
        <translation>%1 ist blockiert: Anmeldungen und Token-Aktualisierungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is no longer banned.</source>
        <translation>%1 ist nicht mehr blockiert.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message numerus="yes">
        <source>New password for %1; %n session(s) revoked.</source>
        <translation>
            <numerusform>Neues Passwort für %1; %n Sitzung widerrufen.</numerusform>
            <numerusform>Neues Passwort für %1; %n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationDetailPane</name>
    <message>
        <source>client_credentials: anonymous access, or the application as itself</source>
        <translation>client_credentials: anonymer Zugriff oder die Anwendung im eigenen Namen</translation>
    </message>
    <message>
        <source>password: users log in with e-mail and password</source>
        <translation>password: Benutzer melden sich mit E-Mail-Adresse und Passwort an</translation>
    </message>
    <message>
        <source>refresh_token: stay logged in with refresh tokens</source>
        <translation>refresh_token: mit Aktualisierungstokens angemeldet bleiben</translation>
    </message>
    <message>
        <source>token_exchange: trusted user tokens for a backend</source>
        <translation>token_exchange: Tokens vertrauenswürdiger Benutzer für ein Backend</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>End sessions unused for</source>
        <translation>Sitzungen beenden nach Inaktivität von</translation>
    </message>
    <message>
        <source>Enabled: token requests with this client ID are answered</source>
        <translation>Aktiviert: Token-Anfragen mit dieser Client-ID werden beantwortet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>Secret &amp;erneuern…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Copy the client ID to the clipboard</source>
        <translation>Client-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>One origin per line, such as http://localhost:3000</source>
        <translation>Ein Origin pro Zeile, etwa http://localhost:3000</translation>
    </message>
    <message>
        <source>How long the previous refresh token still answers after a rotation, for clients that retry a lost response. 0 turns the grace off.</source>
        <translation>Wie lange das vorherige Aktualisierungstoken nach einer Rotation noch akzeptiert wird, für Clients, die nach einer verlorenen Antwort erneut anfragen. 0 schaltet die Karenzzeit ab.</translation>
    </message>
    <message>
        <source>A session whose refresh token is not used for this long ends.</source>
        <translation>Eine Sitzung, deren Aktualisierungstoken so lange nicht verwendet wird, endet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Access-token lifetime:</source>
        <translation>&amp;Zugriffstoken-Gültigkeit:</translation>
    </message>
    <message>
        <source>Re&amp;fresh-token lifetime:</source>
        <translation>&amp;Aktualisierungstoken-Gültigkeit:</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Inaktivitätszeitlimit:</translation>
    </message>
    <message>
        <source>Rotation &amp;grace window:</source>
        <translation>&amp;Karenzzeit nach Rotation:</translation>
    </message>
    <message>
        <source>Browser origins (CORS)</source>
        <translation>Browser-Origins (CORS)</translation>
    </message>
    <message>
        <source>The previous secret also works until %1.</source>
        <translation>Das vorherige Secret funktioniert ebenfalls bis %1.</translation>
    </message>
    <message>
        <source>No secret: only public requests are possible. Rotate to set one.</source>
        <translation>Kein Secret: Nur öffentliche Anfragen sind möglich. Legen Sie mit „Secret erneuern“ eines fest.</translation>
    </message>
    <message>
        <source>Has a secret. AuthDesk cannot show it; rotate to get a new one.</source>
        <translation>Ein Secret ist festgelegt. AuthDesk kann es nicht anzeigen; erneuern Sie es, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>auth_with_idp: users log in with an identity provider</source>
        <translation>auth_with_idp: Benutzer melden sich über einen Identitätsanbieter an</translation>
    </message>
    <message>
        <source>authorization_code: operators log in as a user (login-as)</source>
        <translation>authorization_code: Operatoren melden sich als ein Benutzer an („Anmelden als“)</translation>
    </message>
    <message>
        <source>Log in as a user</source>
        <translation>Als Benutzer anmelden</translation>
    </message>
    <message>
        <source>Approve login-as requests automatically (no approval page)</source>
        <translation>„Anmelden als“-Anfragen automatisch genehmigen (keine Genehmigungsseite)</translation>
    </message>
    <message>
        <source>The marketplace&apos;s root URL, such as http://localhost:3000</source>
        <translation>Die Stamm-URL des Marktplatzes, etwa http://localhost:3000</translation>
    </message>
    <message>
        <source>Where the marketplace runs. Login-as redirects only to this origin; without it, Log in as… is not possible.</source>
        <translation>Wo der Marktplatz läuft. „Anmelden als“ leitet nur zu diesem Origin weiter; ohne ihn ist „Anmelden als…“ nicht möglich.</translation>
    </message>
    <message>
        <source>dev: login-as tokens have the user scope</source>
        <translation>dev: „Anmelden als“-Tokens haben den Scope user</translation>
    </message>
    <message>
        <source>test: login-as tokens have the user scope</source>
        <translation>test: „Anmelden als“-Tokens haben den Scope user</translation>
    </message>
    <message>
        <source>live: login-as tokens are limited (user:limited)</source>
        <translation>live: „Anmelden als“-Tokens sind eingeschränkt (user:limited)</translation>
    </message>
    <message>
        <source>&amp;Marketplace URL:</source>
        <translation>Marktplatz-&amp;URL:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Um&amp;gebung:</translation>
    </message>
    <message>
        <source>Not a web address. Write the marketplace&apos;s root URL as http(s)://host[:port], such as http://localhost:3000.</source>
        <translation>Keine Webadresse. Geben Sie die Stamm-URL des Marktplatzes als http(s)://host[:port] an, etwa http://localhost:3000.</translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationTableModel</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Token requests with this client ID are refused.</source>
        <translation>Token-Anfragen mit dieser Client-ID werden abgelehnt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationsPage</name>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Anwendungen</translation>
    </message>
    <message>
        <source>Applications are the clients of the Authentication API. Each one gets a client ID and a secret that is shown once. Create one to let the Sharetribe SDK log in against AuthDesk.</source>
        <translation>Anwendungen sind die Clients der Authentication API. Jede erhält eine Client-ID und ein Secret, das nur einmal angezeigt wird. Erstellen Sie eine, damit sich das Sharetribe SDK bei AuthDesk anmelden kann.</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Neue Anwendung…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Anwendung…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete application…</source>
        <translation>Anwendung löschen…</translation>
    </message>
    <message>
        <source>Find application</source>
        <translation>Anwendung suchen</translation>
    </message>
    <message>
        <source>Filter by name, type or client ID (Ctrl+F)</source>
        <translation>Nach Name, Typ oder Client-ID filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create an application and show its secret once (Ctrl+N)</source>
        <translation>Anwendung erstellen und ihr Secret einmalig anzeigen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the applications again (F5)</source>
        <translation>Anwendungen neu laden (F5)</translation>
    </message>
    <message>
        <source>The applications could not be loaded.</source>
        <translation>Die Anwendungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The application could not be created.</source>
        <translation>Die Anwendung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; were not saved.</source>
        <translation>Die Einstellungen von „%1“ wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Secret erneuern</translation>
    </message>
    <message>
        <source>A new secret for &quot;%1&quot; is made and shown once.

For how many hours should the old secret keep working, so clients can move to the new one? 0 stops it at once.</source>
        <translation>Für „%1“ wird ein neues Secret erzeugt und einmalig angezeigt.

Wie viele Stunden soll das alte Secret noch funktionieren, damit Clients auf das neue umstellen können? Bei 0 endet es sofort.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; was not rotated.</source>
        <translation>Das Secret von „%1“ wurde nicht erneuert.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?

Every client that uses the client ID %2 stops working at once: its token requests are refused, and all of the application&apos;s sessions end, so its users are logged out. This cannot be undone.</source>
        <translation>„%1“ löschen?

Jeder Client, der die Client-ID %2 verwendet, funktioniert sofort nicht mehr: Seine Token-Anfragen werden abgelehnt, und alle Sitzungen der Anwendung enden, sodass ihre Benutzer abgemeldet werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditLogModel</name>
    <message>
        <source>Security event</source>
        <translation>Sicherheitsereignis</translation>
    </message>
    <message>
        <source>Admin action</source>
        <translation>Admin-Aktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Filter by actor, action, target or reason</source>
        <translation>Nach Akteur, Aktion, Ziel oder Grund filtern</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Admin-Aktionen</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>Save every event that matches the filter as a CSV file only you can read.</source>
        <translation>Jedes Ereignis, das dem Filter entspricht, in einer CSV-Datei speichern, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing audited yet. Admin actions and security events appear here.</source>
        <translation>Noch nichts protokolliert. Admin-Aktionen und Sicherheitsereignisse erscheinen hier.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Kein Ereignis entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The audit log could not be exported.</source>
        <translation>Das Prüfprotokoll konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n Ereignis wurde in %1 geschrieben.</numerusform>
            <numerusform>%n Ereignisse wurden in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %L1 events</source>
        <translation>Mehr als %L1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>authdesk::AuthServer</name>
    <message>
        <source>Cannot listen on %1 port %2: the address is not available or the port is in use.</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: Die Adresse ist nicht verfügbar oder der Port wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>Die Adresse %1 gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights (as do all ports below 1024).</source>
        <translation>Port %1 erfordert Administratorrechte (wie alle Ports unter 1024).</translation>
    </message>
</context>
<context>
    <name>authdesk::BuiltinIdp</name>
    <message>
        <source>The built-in identity provider has no key-encryption key.</source>
        <translation>Der integrierte Identitätsanbieter hat keinen Schlüsselverschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>The built-in identity provider&apos;s key could not be stored.</source>
        <translation>Der Schlüssel des integrierten Identitätsanbieters konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The built-in identity provider&apos;s key cannot be decrypted with this key-encryption key.</source>
        <translation>Der Schlüssel des integrierten Identitätsanbieters kann mit diesem Schlüsselverschlüsselungsschlüssel nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>no client_id</source>
        <translation>keine client_id</translation>
    </message>
    <message>
        <source>the redirect_uri is missing or not an http or https URL</source>
        <translation>die redirect_uri fehlt oder ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the response_type is not code</source>
        <translation>der response_type ist nicht code</translation>
    </message>
    <message>
        <source>the scope does not include openid</source>
        <translation>der Scope enthält kein openid</translation>
    </message>
    <message>
        <source>no S256 code challenge</source>
        <translation>keine S256-Code-Challenge</translation>
    </message>
    <message>
        <source>the identity page for client %1</source>
        <translation>die Identitätsseite für den Client %1</translation>
    </message>
    <message>
        <source>the test users cannot be read: %1</source>
        <translation>die Testbenutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a test user was picked, but no identity provider names this issuer</source>
        <translation>ein Testbenutzer wurde ausgewählt, aber kein Identitätsanbieter nennt diesen Aussteller</translation>
    </message>
    <message>
        <source>the picked test user does not exist</source>
        <translation>der ausgewählte Testbenutzer existiert nicht</translation>
    </message>
    <message>
        <source>the typed e-mail is not an e-mail address</source>
        <translation>die eingegebene E-Mail ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the code cannot be stored: %1</source>
        <translation>der Code kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a code for %1</source>
        <translation>ein Code für %1</translation>
    </message>
    <message>
        <source>the grant type is not authorization_code</source>
        <translation>der Grant-Typ ist nicht authorization_code</translation>
    </message>
    <message>
        <source>a parameter of the code exchange is missing</source>
        <translation>ein Parameter des Code-Austauschs fehlt</translation>
    </message>
    <message>
        <source>the code is unknown, used or expired</source>
        <translation>der Code ist unbekannt, bereits verwendet oder abgelaufen</translation>
    </message>
    <message>
        <source>the client_id differs from the authorization request&apos;s</source>
        <translation>die client_id weicht von der der Autorisierungsanfrage ab</translation>
    </message>
    <message>
        <source>the redirect_uri differs from the authorization request&apos;s</source>
        <translation>die redirect_uri weicht von der der Autorisierungsanfrage ab</translation>
    </message>
    <message>
        <source>the PKCE verifier does not match</source>
        <translation>der PKCE-Verifier passt nicht</translation>
    </message>
    <message>
        <source>signing the ID token failed</source>
        <translation>das Signieren des ID-Tokens ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the access token is unknown or expired</source>
        <translation>das Zugriffstoken ist unbekannt oder abgelaufen</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkCreateDialog</name>
    <message>
        <source>Test User {n}</source>
        <translation>Testbenutzer {n}</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create test users in bulk</source>
        <translation>Mehrere Testbenutzer erstellen</translation>
    </message>
    <message>
        <source>The same for every user</source>
        <translation>Für alle Benutzer gleich</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;E-Mail-Muster:</translation>
    </message>
    <message>
        <source>&amp;Display-name pattern:</source>
        <translation>Anzeige&amp;namen-Muster:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Put {n} in the e-mail pattern: every user needs an e-mail address of their own.</source>
        <translation>Fügen Sie {n} in das E-Mail-Muster ein: Jeder Benutzer braucht eine eigene E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Creates %1 (%2).</source>
        <translation>Erstellt %1 (%2).</translation>
    </message>
    <message>
        <source>Creates %1 (%2) … %3 (%4).</source>
        <translation>Erstellt %1 (%2) … %3 (%4).</translation>
    </message>
</context>
<context>
    <name>authdesk::ClockBanner</name>
    <message>
        <source>Back to real time</source>
        <translation>Zurück zur echten Zeit</translation>
    </message>
    <message>
        <source>The clock is moved by %1 seconds (Test controls): tokens are issued, expire and lock out in that time, in every AuthDesk on this database.</source>
        <translation>Die Uhr ist um %1 Sekunden verstellt (Teststeuerung): Ausstellung und Ablauf von Tokens sowie Anmeldesperren richten sich nach dieser Zeit, in jedem AuthDesk mit dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>authdesk::CompactJws</name>
    <message>
        <source>The token is not a compact JWS.</source>
        <translation>Das Token ist keine kompakte JWS.</translation>
    </message>
</context>
<context>
    <name>authdesk::DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::IdTokenVerifier</name>
    <message>
        <source>no identity provider has the ID &apos;%1&apos;</source>
        <translation>kein Identitätsanbieter hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>idp_client_id is neither %1&apos;s client ID nor a trusted one</source>
        <translation>idp_client_id ist weder die Client-ID von %1 noch eine vertrauenswürdige</translation>
    </message>
    <message>
        <source>the ID token is not a compact JWS</source>
        <translation>das ID-Token ist keine kompakte JWS</translation>
    </message>
    <message>
        <source>the ID token is signed with &apos;%1&apos;; only RS256 is accepted</source>
        <translation>das ID-Token ist mit &apos;%1&apos; signiert; nur RS256 wird akzeptiert</translation>
    </message>
    <message>
        <source>the ID token&apos;s header names no kid</source>
        <translation>der Header des ID-Tokens nennt keine kid</translation>
    </message>
    <message>
        <source>the keys of %1 could not be fetched: %2</source>
        <translation>die Schlüssel von %1 konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>no key of %1 has the ID token&apos;s kid</source>
        <translation>kein Schlüssel von %1 hat die kid des ID-Tokens</translation>
    </message>
    <message>
        <source>%1&apos;s key for this kid is not a usable RSA key</source>
        <translation>der Schlüssel von %1 für diese kid ist kein verwendbarer RSA-Schlüssel</translation>
    </message>
    <message>
        <source>the ID token&apos;s signature does not verify</source>
        <translation>die Signatur des ID-Tokens ist ungültig</translation>
    </message>
    <message>
        <source>the ID token&apos;s iss is not %1&apos;s issuer</source>
        <translation>das iss des ID-Tokens ist nicht der Aussteller (Issuer) von %1</translation>
    </message>
    <message>
        <source>the ID token&apos;s aud does not contain idp_client_id</source>
        <translation>das aud des ID-Tokens enthält idp_client_id nicht</translation>
    </message>
    <message>
        <source>the ID token has expired</source>
        <translation>das ID-Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the ID token was issued in the future</source>
        <translation>das ID-Token wurde in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>the ID token has no sub</source>
        <translation>das ID-Token enthält kein sub</translation>
    </message>
</context>
<context>
    <name>authdesk::IdentityProvidersPage</name>
    <message>
        <source>&amp;New provider</source>
        <translation>Ne&amp;uer Anbieter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test discovery</source>
        <translation>Discovery &amp;testen</translation>
    </message>
    <message>
        <source>e.g. google or my-sso</source>
        <translation>z. B. google oder my-sso</translation>
    </message>
    <message>
        <source>e.g. Google</source>
        <translation>z. B. Google</translation>
    </message>
    <message>
        <source>e.g. https://accounts.google.com</source>
        <translation>z. B. https://accounts.google.com</translation>
    </message>
    <message>
        <source>The marketplace&apos;s client ID at the IdP</source>
        <translation>Die Client-ID des Marktplatzes beim IdP</translation>
    </message>
    <message>
        <source>Other client IDs whose tokens are accepted, one per line</source>
        <translation>Weitere Client-IDs, deren Tokens akzeptiert werden, eine pro Zeile</translation>
    </message>
    <message>
        <source>Empty: found through the issuer&apos;s OpenID configuration</source>
        <translation>Leer: wird über die OpenID-Konfiguration des Ausstellers ermittelt</translation>
    </message>
    <message>
        <source>Test discovery fetches the issuer&apos;s OpenID configuration and its JWKS, and shows what it found.</source>
        <translation>„Discovery testen“ ruft die OpenID-Konfiguration des Ausstellers und deren JWKS ab und zeigt das Ergebnis an.</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s metadata and keys now, as an IdP login would</source>
        <translation>Metadaten und Schlüssel des Ausstellers jetzt abrufen, wie es eine IdP-Anmeldung tun würde</translation>
    </message>
    <message>
        <source>IdP &amp;ID:</source>
        <translation>IdP-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Aussteller-URL:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>T&amp;rusted client IDs:</source>
        <translation>&amp;Vertrauenswürdige Client-IDs:</translation>
    </message>
    <message>
        <source>&amp;JWKS URL (optional):</source>
        <translation>&amp;JWKS-URL (optional):</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Discovery:</translation>
    </message>
    <message>
        <source>The identity providers could not be loaded.</source>
        <translation>Die Identitätsanbieter konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>Anbieter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove identity provider</source>
        <translation>Identitätsanbieter entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Logins with it stop at once, and every identity linked through it is unlinked.</source>
        <translation>%1 entfernen? Anmeldungen darüber sind sofort nicht mehr möglich, und die Verknüpfung jeder darüber verknüpften Identität wird aufgehoben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The identity provider could not be removed.</source>
        <translation>Der Identitätsanbieter konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>Discovery failed: %1

IdP logins with this provider would answer 503 temporarily_unavailable. Check the issuer URL (or the JWKS URL).</source>
        <translation>Discovery fehlgeschlagen: %1

IdP-Anmeldungen mit diesem Anbieter würden mit 503 temporarily_unavailable beantwortet. Prüfen Sie die Aussteller-URL (oder die JWKS-URL).</translation>
    </message>
    <message>
        <source>Issuer in the metadata: %1</source>
        <translation>Aussteller in den Metadaten: %1</translation>
    </message>
    <message>
        <source>Warning: this differs from the issuer URL above, so every token would be refused (iss).</source>
        <translation>Warnung: Dies weicht von der obigen Aussteller-URL ab, daher würde jedes Token abgelehnt (iss).</translation>
    </message>
    <message>
        <source>JWKS: %1</source>
        <translation>JWKS: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signing key(s) with a kid: %1</source>
        <translation>
            <numerusform>%n Signaturschlüssel mit kid: %1</numerusform>
            <numerusform>%n Signaturschlüssel mit kid: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) without a kid are ignored.</source>
        <translation>
            <numerusform>%n Schlüssel ohne kid wird ignoriert.</numerusform>
            <numerusform>%n Schlüssel ohne kid werden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add AuthDesk&apos;s &amp;built-in test IdP</source>
        <translation>Inte&amp;grierten Test-IdP von AuthDesk hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Start the server first: the test identity provider is served by it, under /idp/.</source>
        <translation>Starten Sie zuerst den Server: Er stellt den Test-Identitätsanbieter unter /idp/ bereit.</translation>
    </message>
    <message>
        <source>Adds the identity provider %1 with the issuer %2, so that loginWithIdp accepts the ID tokens of AuthDesk&apos;s built-in test identity provider (client ID %3).</source>
        <translation>Fügt den Identitätsanbieter %1 mit dem Aussteller %2 hinzu, damit loginWithIdp die ID-Tokens des integrierten Test-Identitätsanbieters von AuthDesk akzeptiert (Client-ID %3).</translation>
    </message>
    <message>
        <source>AuthDesk test IdP</source>
        <translation>AuthDesk-Test-IdP</translation>
    </message>
</context>
<context>
    <name>authdesk::IdpUserLinker</name>
    <message>
        <source>the linked test user no longer exists</source>
        <translation>der verknüpfte Testbenutzer existiert nicht mehr</translation>
    </message>
    <message>
        <source>no test user is linked to this %1 identity, and the token has no e-mail</source>
        <translation>mit dieser %1-Identität ist kein Testbenutzer verknüpft, und das Token enthält keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no test user is linked to this %1 identity, and the token&apos;s e-mail is not verified</source>
        <translation>mit dieser %1-Identität ist kein Testbenutzer verknüpft, und die E-Mail-Adresse des Tokens ist nicht bestätigt</translation>
    </message>
    <message>
        <source>no test user has the token&apos;s e-mail</source>
        <translation>kein Testbenutzer hat die E-Mail-Adresse des Tokens</translation>
    </message>
    <message>
        <source>%1&apos;s e-mail is not verified, so the identity is not linked</source>
        <translation>die E-Mail-Adresse von %1 ist nicht bestätigt, daher wird die Identität nicht verknüpft</translation>
    </message>
    <message>
        <source>linked to the %1 identity by verified e-mail</source>
        <translation>über die bestätigte E-Mail-Adresse mit der %1-Identität verknüpft</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 ist gesperrt</translation>
    </message>
</context>
<context>
    <name>authdesk::JwksCache</name>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
</context>
<context>
    <name>authdesk::JwksFetcher</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 names no jwks_uri.</source>
        <translation>%1 nennt keine jwks_uri.</translation>
    </message>
    <message>
        <source>%1 is not a JWKS (it has no keys array).</source>
        <translation>%1 ist kein JWKS (es fehlt das Array keys).</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-URL</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Zeit</translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation>antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>authdesk::LinkedIdentitiesPanel</name>
    <message>
        <source>Un&amp;link identity…</source>
        <translation>Identitäts&amp;verknüpfung aufheben…</translation>
    </message>
    <message>
        <source>The user can no longer log in with this identity until it is linked again (by a login with a verified e-mail)</source>
        <translation>Der Benutzer kann sich mit dieser Identität erst wieder anmelden, wenn sie erneut verknüpft ist (durch eine Anmeldung mit bestätigter E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Select a test user to see their e-mail verification and linked identities.</source>
        <translation>Wählen Sie einen Testbenutzer aus, um seine E-Mail-Bestätigung und verknüpften Identitäten zu sehen.</translation>
    </message>
    <message>
        <source>E-mail verified: yes. An IdP login with a verified e-mail of %1 links to this user.</source>
        <translation>E-Mail bestätigt: ja. Eine IdP-Anmeldung mit der bestätigten E-Mail-Adresse %1 wird mit diesem Benutzer verknüpft.</translation>
    </message>
    <message>
        <source>E-mail verified: no. IdP logins are not matched to this user by e-mail.</source>
        <translation>E-Mail bestätigt: nein. IdP-Anmeldungen werden diesem Benutzer nicht über die E-Mail-Adresse zugeordnet.</translation>
    </message>
    <message>
        <source>The linked identities could not be read: %1</source>
        <translation>Die verknüpften Identitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No linked identities.</source>
        <translation>Keine verknüpften Identitäten.</translation>
    </message>
    <message>
        <source>%1: %2 (linked %3)</source>
        <translation>%1: %2 (verknüpft %3)</translation>
    </message>
    <message>
        <source>Unlink identity</source>
        <translation>Identitätsverknüpfung aufheben</translation>
    </message>
    <message>
        <source>Unlink %1&apos;s %2 identity? The next login with it needs a verified e-mail to link again.</source>
        <translation>Verknüpfung der %2-Identität von %1 aufheben? Die nächste Anmeldung damit benötigt eine bestätigte E-Mail-Adresse, um sie erneut zu verknüpfen.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>The identity could not be unlinked.</source>
        <translation>Die Verknüpfung der Identität konnte nicht aufgehoben werden.</translation>
    </message>
</context>
<context>
    <name>authdesk::LoginAsButton</name>
    <message>
        <source>Log &amp;in as…</source>
        <translation>Anmel&amp;den als…</translation>
    </message>
    <message>
        <source>Select a test user to log in as.</source>
        <translation>Wählen Sie einen Testbenutzer aus, als der Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>%1 is banned; unban the user to log in as them.</source>
        <translation>%1 ist blockiert; heben Sie die Blockierung auf, um sich als dieser Benutzer anzumelden.</translation>
    </message>
    <message>
        <source>There is no marketplace application. Create one on the Applications page.</source>
        <translation>Es gibt keine Marktplatz-Anwendung. Erstellen Sie eine auf der Seite „Anwendungen“.</translation>
    </message>
    <message>
        <source>No marketplace application has a marketplace URL (with the authorization_code grant and the application enabled). Set one on the Applications page.</source>
        <translation>Keine Marktplatz-Anwendung hat eine Marktplatz-URL (bei aktiviertem Grant authorization_code und aktivierter Anwendung). Legen Sie eine auf der Seite „Anwendungen“ fest.</translation>
    </message>
    <message>
        <source>Open %1 in the browser, logged in as %2</source>
        <translation>%1 im Browser öffnen, angemeldet als %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose the marketplace to open, logged in as %1</source>
        <translation>Wählen Sie den Marktplatz, der angemeldet als %1 geöffnet werden soll</translation>
    </message>
</context>
<context>
    <name>authdesk::MainWindow</name>
    <message>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Anwendungen</translation>
    </message>
    <message>
        <source>Applications are the clients of the Authentication API. Each one gets a client ID and a secret that is shown once. Create one to let the Sharetribe SDK log in against AuthDesk.</source>
        <translation>Anwendungen sind die Clients der Authentication API. Jede erhält eine Client-ID und ein Secret, das nur einmal angezeigt wird. Erstellen Sie eine, damit sich das Sharetribe SDK bei AuthDesk anmelden kann.</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Testbenutzer</translation>
    </message>
    <message>
        <source>No test users yet</source>
        <translation>Noch keine Testbenutzer</translation>
    </message>
    <message>
        <source>Test users log in with the password grant. Create them here to try login flows; you can reset their passwords, ban them or lift a lockout.</source>
        <translation>Testbenutzer melden sich mit dem Grant-Typ password an. Erstellen Sie sie hier, um Anmeldeabläufe zu testen; Sie können ihre Passwörter zurücksetzen, sie blockieren oder eine Anmeldesperre aufheben.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>Every login starts a session: a family of refresh tokens. They appear here with their user and application, and can be revoked with a reason.</source>
        <translation>Jede Anmeldung startet eine Sitzung: eine Familie von Aktualisierungstokens. Sitzungen erscheinen hier mit ihrem Benutzer und ihrer Anwendung und können unter Angabe eines Grundes widerrufen werden.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Every call to the token endpoint is listed here as it happens, with the decision and its reason in plain words. Secrets are never shown.</source>
        <translation>Jeder Aufruf des Token-Endpunkts wird hier sofort aufgeführt, mit der Entscheidung und ihrem Grund in Klartext. Secrets werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Nothing audited yet</source>
        <translation>Noch nichts protokolliert</translation>
    </message>
    <message>
        <source>Admin actions and security events, such as a revoked session or a reused refresh token, are recorded here with who did what and why.</source>
        <translation>Admin-Aktionen und Sicherheitsereignisse, etwa eine widerrufene Sitzung oder ein wiederverwendetes Aktualisierungstoken, werden hier festgehalten: wer was warum getan hat.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The local Authentication API: its address, its state, and the browser origins it allows. Point the Sharetribe SDK&apos;s baseUrl at it.</source>
        <translation>Die lokale Authentication API: ihre Adresse, ihr Zustand und die erlaubten Browser-Origins. Richten Sie die baseUrl des Sharetribe SDK darauf aus.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Issue a token from the console for an application and a test user, and see the token response and its decoded claims.</source>
        <translation>Stellen Sie aus der Konsole ein Token für eine Anwendung und einen Testbenutzer aus und sehen Sie sich die Token-Antwort und ihre dekodierten Claims an.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>AuthDesk — %1</source>
        <translation>AuthDesk — %1</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>AuthDesk will reopen on the database file on this computer and stop using %1. Nothing is copied between the two.</source>
        <translation>AuthDesk öffnet sich erneut mit der Datenbankdatei auf diesem Computer und verwendet %1 nicht mehr. Zwischen beiden wird nichts kopiert.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>OpenID Connect providers (Google, an SSO, a mock IdP) whose ID tokens log test users in through the SDK&apos;s loginWithIdp.</source>
        <translation>OpenID Connect-Anbieter (Google, ein SSO, ein Mock-IdP), deren ID-Tokens Testbenutzer über loginWithIdp des SDK anmelden.</translation>
    </message>
    <message>
        <source>%1 Nothing can be shown or saved until the database is back; this banner goes away by itself.</source>
        <translation>%1 Bis die Datenbank wieder verfügbar ist, kann nichts angezeigt oder gespeichert werden; dieser Hinweis verschwindet von selbst.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Reload the page from the database.</source>
        <translation>Die Seite neu aus der Datenbank laden.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>Ü&amp;ber AuthDesk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;A local stand-in for the Sharetribe Authentication API, with a console to manage its applications, test users and sessions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Authentication API: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;Ein lokaler Ersatz für die Sharetribe Authentication API, mit einer Konsole zur Verwaltung ihrer Anwendungen, Testbenutzer und Sitzungen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Datenordner: %3&lt;br&gt;Authentication API: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>Über AuthDesk</translation>
    </message>
    <message>
        <source>Server: running on %1</source>
        <translation>Server: läuft auf %1</translation>
    </message>
    <message>
        <source>The Authentication API answers at this base URL.</source>
        <translation>Die Authentication API antwortet unter dieser Basis-URL.</translation>
    </message>
    <message>
        <source>Server: not running</source>
        <translation>Server: läuft nicht</translation>
    </message>
    <message>
        <source>Test controls</source>
        <translation>Teststeuerung</translation>
    </message>
    <message>
        <source>Move the clock to make tokens expire now, and make the server fail on purpose (503, 429, slow, dropped) to test how your app recovers.</source>
        <translation>Verstellen Sie die Uhr, damit Tokens sofort ablaufen, und lassen Sie den Server absichtlich scheitern (503, 429, langsam, abgebrochen), um zu testen, wie sich Ihre Anwendung davon erholt.</translation>
    </message>
</context>
<context>
    <name>authdesk::Migrator</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database holds other data and is not an AuthDesk database.</source>
        <translation>Die Datenbank enthält andere Daten und ist keine AuthDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database has no schema version and is not an AuthDesk database.</source>
        <translation>Die Datenbank hat keine Schemaversion und ist keine AuthDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is not a number.</source>
        <translation>Die Schemaversion der Datenbank ist keine Zahl.</translation>
    </message>
    <message>
        <source>The database was written by a newer AuthDesk (schema %1; this version knows up to %2).</source>
        <translation>Die Datenbank wurde von einer neueren AuthDesk-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2).</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>authdesk::NewApplicationDialog</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>e.g. Web shop</source>
        <translation>z. B. Webshop</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>A marketplace application is what the Sharetribe SDK in a web shop or app uses: its users log in with a password, and anonymous visitors get public read access.</source>
        <translation>Eine Marktplatz-Anwendung verwendet das Sharetribe SDK in einem Webshop oder einer App: Ihre Benutzer melden sich mit einem Passwort an, und anonyme Besucher erhalten öffentlichen Lesezugriff.</translation>
    </message>
    <message>
        <source>An integration application is a backend that calls the API as itself with the client_credentials grant, such as a nightly sync. Keep its secret on the server.</source>
        <translation>Eine Integrations-Anwendung ist ein Backend, das die API im eigenen Namen mit dem Grant-Typ client_credentials aufruft, etwa eine nächtliche Synchronisierung. Bewahren Sie ihr Secret auf dem Server auf.</translation>
    </message>
</context>
<context>
    <name>authdesk::NewTestUserDialog</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>New test user</source>
        <translation>Neuer Testbenutzer</translation>
    </message>
    <message>
        <source>e.g. jane@example.com</source>
        <translation>z. B. jane@example.com</translation>
    </message>
    <message>
        <source>Optional; the part of the e-mail before the @ when empty</source>
        <translation>Optional; wenn leer, der Teil der E-Mail-Adresse vor dem @</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Test users log in with the password grant, e-mail as the username.</source>
        <translation>Testbenutzer melden sich mit dem Grant-Typ password an, mit der E-Mail-Adresse als Benutzername.</translation>
    </message>
</context>
<context>
    <name>authdesk::NoKeychainDialog</name>
    <message>
        <source>No keychain is available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>AuthDesk keeps the key that protects its signing key in the OS keychain, and none is usable.</source>
        <translation>AuthDesk bewahrt den Schlüssel, der seinen Signaturschlüssel schützt, im Schlüsselbund des Betriebssystems auf, und keiner ist nutzbar.</translation>
    </message>
    <message>
        <source>AuthDesk can keep that key in a file instead:
%1

The file is readable by you only (mode 0600). Anyone who can read it can sign tokens that AuthDesk accepts, so keep it out of backups you share. AuthDesk remembers this choice; keep the file as long as you use this database.</source>
        <translation>AuthDesk kann diesen Schlüssel stattdessen in einer Datei aufbewahren:
%1

Nur Sie können die Datei lesen (Modus 0600). Wer sie lesen kann, kann Tokens signieren, die AuthDesk akzeptiert; halten Sie sie daher aus Backups heraus, die Sie weitergeben. AuthDesk merkt sich diese Wahl; bewahren Sie die Datei auf, solange Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Use a &amp;key file</source>
        <translation>&amp;Schlüsseldatei verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>authdesk::PostgresDialog</name>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>e.g. db.example.com or 127.0.0.1</source>
        <translation>z. B. db.example.com oder 127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: PGUSER or your login name</source>
        <translation>Leer: PGUSER oder Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: PGPASSWORD oder ~/.pgpass</translation>
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
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>AuthDesk keeps its data in this database instead of the local file. The password is kept only in the OS keychain; without one, leave it empty and set PGPASSWORD or use ~/.pgpass.</source>
        <translation>AuthDesk speichert seine Daten in dieser Datenbank statt in der lokalen Datei. Das Passwort wird nur im Schlüsselbund des Betriebssystems aufbewahrt; ohne Schlüsselbund lassen Sie das Feld leer und setzen PGPASSWORD oder verwenden ~/.pgpass.</translation>
    </message>
    <message>
        <source>Enter the host name or address of the PostgreSQL server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database AuthDesk should keep its data in.</source>
        <translation>Geben Sie den Namen der Datenbank ein, in der AuthDesk seine Daten speichern soll.</translation>
    </message>
    <message>
        <source>A database name cannot contain &apos;/&apos;.</source>
        <translation>Ein Datenbankname darf kein &apos;/&apos; enthalten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the server, e.g. db.example.com:5432</extracomment>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The connection works: the server accepted the login and the database is ready for AuthDesk.</source>
        <translation>Die Verbindung funktioniert: Der Server hat die Anmeldung akzeptiert, und die Datenbank ist für AuthDesk bereit.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>authdesk::ReasonDialog</name>
    <message>
        <source>Why? For example: &quot;laptop stolen, user asked to sign out everywhere&quot;</source>
        <translation>Warum? Zum Beispiel: „Laptop gestohlen, Benutzer bat um Abmeldung auf allen Geräten“</translation>
    </message>
    <message>
        <source>The reason is kept in the audit log with your name.</source>
        <translation>Der Grund wird mit Ihrem Namen im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Der Grund muss kürzer als %1 Zeichen sein.</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestDetailPane</name>
    <message>
        <source>Select a request to see the whole decision: what was asked, what was answered and why.</source>
        <translation>Wählen Sie eine Anfrage aus, um die ganze Entscheidung zu sehen: was gefragt und was geantwortet wurde und warum.</translation>
    </message>
    <message>
        <source>Add this origin to the application&apos;s allowed origins, so that browser pages served from it may call the API. Recorded in the audit log.</source>
        <translation>Diesen Origin zu den erlaubten Origins der Anwendung hinzufügen, damit von dort ausgelieferte Browserseiten die API aufrufen dürfen. Wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>%1 (HTTP Basic authentication)</source>
        <translation>%1 (HTTP-Basic-Authentifizierung)</translation>
    </message>
    <message>
        <source>Request headers (secrets redacted)</source>
        <translation>Anfrage-Header (Secrets geschwärzt)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Request body (secrets redacted)</source>
        <translation>Anfrage-Body (Secrets geschwärzt)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>not kept for successful answers</source>
        <translation>bei erfolgreichen Antworten nicht aufbewahrt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>%1 für %2 erlauben</translation>
    </message>
    <message>
        <source>Allow %1 for…</source>
        <translation>%1 erlauben für…</translation>
    </message>
    <message>
        <source>Could not allow %1: %2</source>
        <translation>%1 konnte nicht erlaubt werden: %2</translation>
    </message>
    <message>
        <source>Done: %1 is now an allowed origin of %2. Its next request is served.</source>
        <translation>Erledigt: %1 ist jetzt ein erlaubter Origin von %2. Seine nächste Anfrage wird bedient.</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLog</name>
    <message numerus="yes">
        <source>%n more parameter(s)</source>
        <translation>
            <numerusform>%n weiterer Parameter</numerusform>
            <numerusform>%n weitere Parameter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more header(s)</source>
        <translation>
            <numerusform>%n weiterer Header</numerusform>
            <numerusform>%n weitere Header</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLogFile</name>
    <message>
        <source>--request-log needs a file name.</source>
        <translation>--request-log benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>The request log %1 is a folder; give a file name.</source>
        <translation>Das Anfrageprotokoll %1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Cannot write the request log %1: %2</source>
        <translation>Das Anfrageprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLogModel</name>
    <message>
        <source>%1 (HTTP Basic authentication)</source>
        <translation>%1 (HTTP-Basic-Authentifizierung)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>dropped (injected)</source>
        <translation>abgebrochen (injiziert)</translation>
    </message>
    <message>
        <source>%1 (injected)</source>
        <translation>%1 (injiziert)</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestRateChart</name>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>Anfragen pro Sekunde in der letzten Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the last minute</source>
        <translation>
            <numerusform>%n Anfrage in der letzten Minute</numerusform>
            <numerusform>%n Anfragen in der letzten Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peak %1/s · %n request(s) in the last minute</source>
        <translation>
            <numerusform>Spitze %1/s · %n Anfrage in der letzten Minute</numerusform>
            <numerusform>Spitze %1/s · %n Anfragen in der letzten Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>60 s ago</source>
        <translation>vor 60 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestsPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Stop adding new requests to the list, to read it in peace. The server keeps answering; the requests you miss are counted.</source>
        <translation>Keine neuen Anfragen mehr zur Liste hinzufügen, um sie in Ruhe zu lesen. Der Server antwortet weiter; verpasste Anfragen werden gezählt.</translation>
    </message>
    <message>
        <source>Empty the list.</source>
        <translation>Die Liste leeren.</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command. Secrets stay &quot;[redacted]&quot;: put in your own before you run it.</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren. Secrets bleiben &quot;[redacted]&quot;: Setzen Sie vor dem Ausführen Ihre eigenen ein.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>No requests yet. Every call to the token endpoint appears here as it happens.</source>
        <translation>Noch keine Anfragen. Jeder Aufruf des Token-Endpunkts erscheint hier sofort.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n Anfrage angezeigt</numerusform>
            <numerusform>%n Anfragen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new request(s) not shown</source>
        <translation>
            <numerusform>pausiert, %n neue Anfrage nicht angezeigt</numerusform>
            <numerusform>pausiert, %n neue Anfragen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets were replaced by the placeholder &quot;[redacted]&quot;: put in your own before you run it.</source>
        <translation>Als curl-Befehl kopiert. Secrets wurden durch den Platzhalter &quot;[redacted]&quot; ersetzt: Setzen Sie vor dem Ausführen Ihre eigenen ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) came faster than the log keeps them and are not shown</source>
        <translation>
            <numerusform>%n Anfrage kam schneller, als das Protokoll sie aufbewahrt, und wird nicht angezeigt</numerusform>
            <numerusform>%n Anfragen kamen schneller, als das Protokoll sie aufbewahrt, und werden nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RsaPublicKey</name>
    <message>
        <source>The key is not an RSA key.</source>
        <translation>Der Schlüssel ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The key&apos;s n or e is not base64url.</source>
        <translation>n oder e des Schlüssels ist nicht base64url-kodiert.</translation>
    </message>
    <message>
        <source>The key&apos;s n or e has an impossible size.</source>
        <translation>n oder e des Schlüssels hat eine unmögliche Größe.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Der Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>Der Schlüssel ist kürzer als 2048 Bit.</translation>
    </message>
</context>
<context>
    <name>authdesk::SecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation>Ich habe das Secret gespeichert</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Neues Secret für %1</translation>
    </message>
    <message>
        <source>%1 was created</source>
        <translation>%1 wurde erstellt</translation>
    </message>
    <message>
        <source>Store the client secret now, for example in your marketplace&apos;s environment variables. AuthDesk keeps only a hash of it: once this window is closed, nobody can show it again. If it is lost, rotate the secret.</source>
        <translation>Speichern Sie das Client-Secret jetzt, zum Beispiel in den Umgebungsvariablen Ihres Marktplatzes. AuthDesk speichert nur einen Hash davon: Sobald dieses Fenster geschlossen ist, kann es niemand mehr anzeigen. Wenn es verloren geht, erneuern Sie das Secret.</translation>
    </message>
    <message>
        <source>Copy the client ID to the clipboard</source>
        <translation>Client-ID in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy the secret to the clipboard; it is cleared from there after %n second(s)</source>
        <translation>
            <numerusform>Secret in die Zwischenablage kopieren; es wird dort nach %n Sekunde gelöscht</numerusform>
            <numerusform>Secret in die Zwischenablage kopieren; es wird dort nach %n Sekunden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>The old secret keeps working until %1, so clients can move to the new one without downtime.</source>
        <translation>Das alte Secret funktioniert bis %1, sodass Clients ohne Ausfallzeit auf das neue umstellen können.</translation>
    </message>
    <message>
        <source>The old secret stopped working at once.</source>
        <translation>Das alte Secret funktioniert ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The client ID was copied.</source>
        <translation>Die Client-ID wurde kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>The secret was copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Das Secret wurde kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Das Secret wurde kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ServerBanner</name>
    <message>
        <source>&amp;Use another port</source>
        <translation>&amp;Anderen Port verwenden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Start the Authentication API on a free port instead.</source>
        <translation>Die Authentication API stattdessen auf einem freien Port starten.</translation>
    </message>
    <message>
        <source>The Authentication API is not running. %1</source>
        <translation>Die Authentication API läuft nicht. %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the Authentication API now runs on port %2: %3. Point the Sharetribe SDK&apos;s baseUrl there.</source>
        <translation>Port %1 war belegt, daher läuft die Authentication API jetzt auf Port %2: %3. Richten Sie die baseUrl des Sharetribe SDK dorthin aus.</translation>
    </message>
</context>
<context>
    <name>authdesk::ServerPage</name>
    <message>
        <source>Authentication API</source>
        <translation>Authentication API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the base URL, to paste it as the Sharetribe SDK&apos;s baseUrl.</source>
        <translation>Basis-URL kopieren, um sie als baseUrl des Sharetribe SDK einzufügen.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Stop, then start on the address and port above.</source>
        <translation>Stoppen und dann auf der obigen Adresse und dem obigen Port starten.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>Bind-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only. Another address lets other computers log in against AuthDesk with its test users.</source>
        <translation>127.0.0.1 akzeptiert nur Verbindungen von diesem Computer. Mit einer anderen Adresse können sich andere Computer mit den Testbenutzern bei AuthDesk anmelden.</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source>Allowed browser origins</source>
        <translation>Erlaubte Browser-Origins</translation>
    </message>
    <message>
        <source>e.g. http://localhost:5173</source>
        <translation>z. B. http://localhost:5173</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Web pages (scheme, host and port) that may call the Authentication API from a browser, for every application; each application can allow more of its own. A browser request from any other origin is refused. Changes apply at once and are remembered.</source>
        <translation>Webseiten (Schema, Host und Port), die die Authentication API für alle Anwendungen aus einem Browser aufrufen dürfen; jede Anwendung kann zusätzlich eigene erlauben. Eine Browser-Anfrage von jedem anderen Origin wird abgelehnt. Änderungen gelten sofort und bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The key-encryption key, which protects the token signing key in the database, is kept in %1.</source>
        <translation>Ablageort des Schlüsselverschlüsselungsschlüssels, der den Token-Signaturschlüssel in der Datenbank schützt: %1.</translation>
    </message>
    <message>
        <source>A key file works without a keychain, for example on a server or in CI. Anyone who can read the file can sign tokens that AuthDesk accepts, so keep it readable by you only (AuthDesk creates it so) and out of backups you share. To use the system keychain instead, unlock one (GNOME Keyring or KWallet, through the Secret Service) and start AuthDesk without --key-file. Keep the file while this database needs it: its signing key was wrapped with this key.</source>
        <translation>Eine Schlüsseldatei funktioniert ohne Schlüsselbund, zum Beispiel auf einem Server oder in CI. Wer die Datei lesen kann, kann Tokens signieren, die AuthDesk akzeptiert; sorgen Sie also dafür, dass nur Sie sie lesen können (AuthDesk legt sie so an), und halten Sie sie aus Backups heraus, die Sie mit anderen teilen. Um stattdessen den Systemschlüsselbund zu verwenden, entsperren Sie einen (GNOME Keyring oder KWallet, über den Secret Service) und starten Sie AuthDesk ohne --key-file. Bewahren Sie die Datei auf, solange diese Datenbank sie benötigt: Ihr Signaturschlüssel wurde mit diesem Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>In diesem Fenster nicht verfügbar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped: the Authentication API does not answer</source>
        <translation>Gestoppt: Die Authentication API antwortet nicht</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>The server could not be started.</source>
        <translation>Der Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>„%1“ ist keine IP-Adresse wie 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>The origin could not be added.</source>
        <translation>Der Origin konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>An origin is a scheme, a host and an optional port, such as http://localhost:3000, without a path.</source>
        <translation>Ein Origin besteht aus Schema, Host und optionalem Port ohne Pfad, etwa http://localhost:3000.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionTableModel</name>
    <message>
        <source>(integration client)</source>
        <translation>(Integrations-Client)</translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation>(gelöschter Benutzer)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation>Widerrufen von %1: %2</translation>
    </message>
    <message>
        <source>Reuse detected</source>
        <translation>Wiederverwendung erkannt</translation>
    </message>
    <message>
        <source>Reuse detected: %1</source>
        <translation>Wiederverwendung erkannt: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 (login as)</source>
        <translation>%1 (Anmelden als)</translation>
    </message>
    <message>
        <source>Login from</source>
        <translation>Anmeldung von</translation>
    </message>
    <message>
        <source>Last refresh from</source>
        <translation>Letzte Aktualisierung von</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionsPage</name>
    <message>
        <source>&amp;Revoke session…</source>
        <translation>Sitzung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke all of this &amp;user…</source>
        <translation>Alle Sitzungen dieses &amp;Benutzers widerrufen…</translation>
    </message>
    <message>
        <source>Revoke all of this a&amp;pplication…</source>
        <translation>Alle Sitzungen dieser &amp;Anwendung widerrufen…</translation>
    </message>
    <message>
        <source>Filter by user e-mail</source>
        <translation>Nach E-Mail-Adresse des Benutzers filtern</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Zustand</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Reuse detected</source>
        <translation>Wiederverwendung erkannt</translation>
    </message>
    <message>
        <source>End the selected session: its refresh token and access tokens stop working.</source>
        <translation>Die ausgewählte Sitzung beenden: Ihr Aktualisierungstoken und ihre Zugriffstokens funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user, in every application.</source>
        <translation>Jede Sitzung des Benutzers der ausgewählten Sitzung beenden, in jeder Anwendung.</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s application, and its anonymous access tokens.</source>
        <translation>Jede Sitzung der Anwendung der ausgewählten Sitzung beenden, samt ihrer anonymen Zugriffstokens.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation>Keine Sitzung entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet. Every login starts one: a family of refresh tokens.</source>
        <translation>Noch keine Sitzungen. Jede Anmeldung startet eine: eine Familie von Aktualisierungstokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the session of %1 in %2? Its refresh token and access tokens stop working at once.</source>
        <translation>Die Sitzung von %1 in %2 widerrufen? Ihr Aktualisierungstoken und ihre Zugriffstokens funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The session could not be revoked.</source>
        <translation>Die Sitzung konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Revoke all sessions of a user</source>
        <translation>Alle Sitzungen eines Benutzers widerrufen</translation>
    </message>
    <message>
        <source>Revoke every session of %1, in every application? The user has to log in again everywhere.</source>
        <translation>Jede Sitzung von %1 in jeder Anwendung widerrufen? Der Benutzer muss sich überall neu anmelden.</translation>
    </message>
    <message>
        <source>Revoke all of %1</source>
        <translation>Alle von %1 widerrufen</translation>
    </message>
    <message>
        <source>The sessions could not be revoked.</source>
        <translation>Die Sitzungen konnten nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Revoke all sessions of an application</source>
        <translation>Alle Sitzungen einer Anwendung widerrufen</translation>
    </message>
    <message>
        <source>Revoke every session of %1, and every access token it has issued so far? All of its users have to log in again.</source>
        <translation>Jede Sitzung von %1 und jedes bisher ausgestellte Zugriffstoken widerrufen? Alle Benutzer der Anwendung müssen sich neu anmelden.</translation>
    </message>
    <message>
        <source>More than %L1 sessions</source>
        <translation>Mehr als %L1 Sitzungen</translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Sitzung widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SettingsDialog</name>
    <message>
        <source>The new language is used when AuthDesk is restarted.</source>
        <translation>Die neue Sprache wird verwendet, sobald AuthDesk neu gestartet wird.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Quit and start AuthDesk again with the same database and options</source>
        <translation>AuthDesk beenden und mit derselben Datenbank und denselben Optionen neu starten</translation>
    </message>
    <message>
        <source>Who you are in the audit log. Empty: your account name, %1. Used from the next start of AuthDesk.</source>
        <translation>Wer Sie im Prüfprotokoll sind. Leer: Ihr Kontoname, %1. Gilt ab dem nächsten Start von AuthDesk.</translation>
    </message>
    <message>
        <source>&amp;Your name (audit log):</source>
        <translation>&amp;Ihr Name (Prüfprotokoll):</translation>
    </message>
</context>
<context>
    <name>authdesk::TestControls</name>
    <message>
        <source>The clock moves at most %1 seconds either way.</source>
        <translation>Die Uhr lässt sich höchstens um %1 Sekunden in jede Richtung verstellen.</translation>
    </message>
    <message>
        <source>The endpoint is one of token, revoke or api.</source>
        <translation>Der Endpunkt muss token, revoke oder api sein.</translation>
    </message>
    <message>
        <source>A grant type applies to the token endpoint only.</source>
        <translation>Ein Grant-Typ gilt nur für den Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The status is a 4xx or 5xx code.</source>
        <translation>Der Status muss ein 4xx- oder 5xx-Code sein.</translation>
    </message>
    <message>
        <source>The delay is 1 to %1 milliseconds.</source>
        <translation>Die Verzögerung muss 1 bis %1 Millisekunden betragen.</translation>
    </message>
    <message>
        <source>Give a count or a duration, not both.</source>
        <translation>Geben Sie eine Anzahl oder eine Dauer an, nicht beides.</translation>
    </message>
    <message>
        <source>The count is 1 to %1 requests.</source>
        <translation>Die Anzahl muss 1 bis %1 Anfragen betragen.</translation>
    </message>
    <message>
        <source>The duration is 1 to %1 seconds.</source>
        <translation>Die Dauer muss 1 bis %1 Sekunden betragen.</translation>
    </message>
    <message>
        <source>There is no fault rule %1.</source>
        <translation>Es gibt keine Fehlerregel %1.</translation>
    </message>
</context>
<context>
    <name>authdesk::TestControlsPage</name>
    <message>
        <source>Move the clock</source>
        <translation>Uhr verstellen</translation>
    </message>
    <message>
        <source>Back to real time</source>
        <translation>Zurück zur echten Zeit</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Clear selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Time travel</source>
        <translation>Zeitreise</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Versatz:</translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerruf (revoke)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>any grant, or e.g. refresh_token</source>
        <translation>jeder Grant-Typ oder z. B. refresh_token</translation>
    </message>
    <message>
        <source>any client ID</source>
        <translation>jede Client-ID</translation>
    </message>
    <message>
        <source>Answer with status</source>
        <translation>Mit Status antworten</translation>
    </message>
    <message>
        <source>Delay the answer (ms)</source>
        <translation>Antwort verzögern (ms)</translation>
    </message>
    <message>
        <source>Drop the connection</source>
        <translation>Verbindung abbrechen</translation>
    </message>
    <message>
        <source>for the next requests</source>
        <translation>weitere Anfragen</translation>
    </message>
    <message>
        <source>for seconds</source>
        <translation>Sekunden lang</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>bis zum Löschen</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Grant-Typ:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Applies:</source>
        <translation>Gilt:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>The clock shows the real time.</source>
        <translation>Die Uhr zeigt die echte Zeit.</translation>
    </message>
    <message>
        <source>The clock is moved by %1 seconds.</source>
        <translation>Die Uhr ist um %1 Sekunden verstellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1, grant %2</source>
        <translation>%1, Grant-Typ %2</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, Client %2</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>answer %1 ms late</source>
        <translation>Antwort %1 ms später</translation>
    </message>
    <message>
        <source>drop the connection</source>
        <translation>Verbindung abbrechen</translation>
    </message>
    <message>
        <source>As a command: authdesk fault add %1</source>
        <translation>Als Befehl: authdesk fault add %1</translation>
    </message>
</context>
<context>
    <name>authdesk::TestUserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>authdesk::TestUsersPage</name>
    <message>
        <source>No test users yet</source>
        <translation>Noch keine Testbenutzer</translation>
    </message>
    <message>
        <source>Test users log in with the password grant. Create them here to try login flows; you can reset their passwords, ban them or lift a lockout.</source>
        <translation>Testbenutzer melden sich mit dem Grant-Typ password an. Erstellen Sie sie hier, um Anmeldeabläufe zu testen; Sie können ihre Passwörter zurücksetzen, sie blockieren oder eine Anmeldesperre aufheben.</translation>
    </message>
    <message>
        <source>New test user…</source>
        <translation>Neuer Testbenutzer…</translation>
    </message>
    <message>
        <source>Create many…</source>
        <translation>Mehrere erstellen…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Create &amp;many…</source>
        <translation>&amp;Mehrere erstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit display name…</source>
        <translation>&amp;Anzeigenamen bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Blockieren…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete test user…</source>
        <translation>Testbenutzer löschen…</translation>
    </message>
    <message>
        <source>Search test users</source>
        <translation>Testbenutzer suchen</translation>
    </message>
    <message>
        <source>Search by e-mail or display name (Ctrl+F)</source>
        <translation>Nach E-Mail-Adresse oder Anzeigename suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create a test user (Ctrl+N)</source>
        <translation>Einen Testbenutzer erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create many numbered test users at once</source>
        <translation>Viele nummerierte Testbenutzer auf einmal erstellen</translation>
    </message>
    <message>
        <source>Set a new password; ends all of the user&apos;s sessions</source>
        <translation>Ein neues Passwort festlegen; beendet alle Sitzungen des Benutzers</translation>
    </message>
    <message>
        <source>Lift the lock that follows repeated failed logins</source>
        <translation>Die Sperre nach wiederholt fehlgeschlagenen Anmeldungen aufheben</translation>
    </message>
    <message>
        <source>The test users could not be loaded.</source>
        <translation>Die Testbenutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No test user matches &quot;%1&quot;.</source>
        <translation>Kein Testbenutzer entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n test user(s)</source>
        <translation>
            <numerusform>%n Testbenutzer</numerusform>
            <numerusform>%n Testbenutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test user(s) match</source>
        <translation>
            <numerusform>%n Testbenutzer entspricht der Suche</numerusform>
            <numerusform>%n Testbenutzer entsprechen der Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;ban</source>
        <translation>&amp;Blockierung aufheben</translation>
    </message>
    <message>
        <source>Let the user log in again</source>
        <translation>Dem Benutzer die Anmeldung wieder erlauben</translation>
    </message>
    <message>
        <source>Stop the user from logging in</source>
        <translation>Den Benutzer an der Anmeldung hindern</translation>
    </message>
    <message>
        <source>The test user was not created.</source>
        <translation>Der Testbenutzer wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Edit display name</source>
        <translation>Anzeigenamen bearbeiten</translation>
    </message>
    <message>
        <source>Display name of %1:</source>
        <translation>Anzeigename von %1:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The display name of %1 was not changed.</source>
        <translation>Der Anzeigename von %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password for %1.

This ends all of their sessions: every refresh token they hold stops working, so each app they use has to log in again.</source>
        <translation>Neues Passwort für %1.

Dadurch enden alle Sitzungen des Benutzers: Jedes seiner Aktualisierungstokens funktioniert nicht mehr, sodass sich jede App, die er verwendet, neu anmelden muss.</translation>
    </message>
    <message>
        <source>Reset password and end sessions</source>
        <translation>Passwort zurücksetzen und Sitzungen beenden</translation>
    </message>
    <message>
        <source>The password of %1 was not reset.</source>
        <translation>Das Passwort von %1 wurde nicht zurückgesetzt.</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 was reset, and %n session(s) were ended.</source>
        <translation>
            <numerusform>Das Passwort von %1 wurde zurückgesetzt, und %n Sitzung wurde beendet.</numerusform>
            <numerusform>Das Passwort von %1 wurde zurückgesetzt, und %n Sitzungen wurden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ban test user</source>
        <translation>Testbenutzer blockieren</translation>
    </message>
    <message>
        <source>Ban %1?

They can no longer log in, and their refresh tokens stop working. You can lift the ban later.</source>
        <translation>%1 blockieren?

Der Benutzer kann sich nicht mehr anmelden, und seine Aktualisierungstokens funktionieren nicht mehr. Sie können die Blockierung später aufheben.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>The ban of %1 was not lifted.</source>
        <translation>Die Blockierung von %1 wurde nicht aufgehoben.</translation>
    </message>
    <message>
        <source>%1 was not banned.</source>
        <translation>%1 wurde nicht blockiert.</translation>
    </message>
    <message>
        <source>%1 was not unlocked.</source>
        <translation>%1 wurde nicht entsperrt.</translation>
    </message>
    <message>
        <source>Delete test user</source>
        <translation>Testbenutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1?

All of their sessions end, and they can no longer log in. This cannot be undone.</source>
        <translation>%1 löschen?

Alle Sitzungen des Benutzers enden, und er kann sich nicht mehr anmelden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 wurde nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n test user(s)…</source>
        <translation>
            <numerusform>%n Testbenutzer wird erstellt…</numerusform>
            <numerusform>%n Testbenutzer werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create test users</source>
        <translation>Testbenutzer erstellen</translation>
    </message>
    <message>
        <source>Cancelled; no test user was created.</source>
        <translation>Abgebrochen; es wurde kein Testbenutzer erstellt.</translation>
    </message>
    <message>
        <source>No test user was created.</source>
        <translation>Es wurde kein Testbenutzer erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n test user(s).</source>
        <translation>
            <numerusform>%n Testbenutzer erstellt.</numerusform>
            <numerusform>%n Testbenutzer erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %L1 test users</source>
        <translation>Mehr als %L1 Testbenutzer</translation>
    </message>
    <message>
        <source>Show &amp;sessions</source>
        <translation>&amp;Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>The display name of %1 was saved.</source>
        <translation>Der Anzeigename von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The ban of %1 was lifted.</source>
        <translation>Die Blockierung von %1 wurde aufgehoben.</translation>
    </message>
    <message>
        <source>%1 was banned.</source>
        <translation>%1 wurde blockiert.</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>%1 wurde entsperrt.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>authdesk::TryItPage</name>
    <message>
        <source>client_credentials: an anonymous token (public-read)</source>
        <translation>client_credentials: ein anonymes Token (public-read)</translation>
    </message>
    <message>
        <source>client_credentials: an integration token</source>
        <translation>client_credentials: ein Integrations-Token</translation>
    </message>
    <message>
        <source>password: log a test user in</source>
        <translation>password: einen Testbenutzer anmelden</translation>
    </message>
    <message>
        <source>refresh_token: a new pair for a refresh token</source>
        <translation>refresh_token: ein neues Token-Paar für ein Aktualisierungstoken</translation>
    </message>
    <message>
        <source>token_exchange: a trusted-user token for a user token</source>
        <translation>token_exchange: ein Token eines vertrauenswürdigen Benutzers für ein Benutzer-Token</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>joe@example.com</source>
        <translation>joe@example.com</translation>
    </message>
    <message>
        <source>needed for integration clients and token exchange</source>
        <translation>erforderlich für Integrations-Clients und Token-Austausch</translation>
    </message>
    <message>
        <source>Refresh &amp;token:</source>
        <translation>Akt&amp;ualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Token ausstell&amp;en</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant-Typ:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Test user &amp;e-mail:</source>
        <translation>E-&amp;Mail des Testbenutzers:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The token is shown here only; it is not written to any log.</source>
        <translation>Das Token wird nur hier angezeigt; es wird in kein Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pick an application and a grant, then issue a token.</source>
        <translation>Wählen Sie eine Anwendung und einen Grant-Typ und stellen Sie dann ein Token aus.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Token-Antwort</translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation>JWT-Header</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>JWT-Claims</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>Die Anwendungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Subject &amp;token (a user access token):</source>
        <translation>Subjekt-&amp;Token (Zugriffstoken eines Benutzers):</translation>
    </message>
    <message>
        <source>The server is stopped, so nothing can use this token until it runs again.</source>
        <translation>Der Server ist gestoppt, daher kann nichts dieses Token verwenden, bis er wieder läuft.</translation>
    </message>
    <message>
        <source>auth_with_idp: log in with an identity provider&apos;s ID token</source>
        <translation>auth_with_idp: mit dem ID-Token eines Identitätsanbieters anmelden</translation>
    </message>
</context>
<context>
    <name>authdesk::apierrors</name>
    <message>
        <source>the database did not answer</source>
        <translation>die Datenbank hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>authdesk::jwt</name>
    <message>
        <source>The access token is not valid.</source>
        <translation>Das Zugriffstoken ist ungültig.</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token.</source>
        <translation>Dies ist kein JSON Web Token.</translation>
    </message>
</context>
</TS>
