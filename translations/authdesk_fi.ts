<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessTokens</name>
    <message>
        <source>the access token is malformed or its signature does not verify</source>
        <translation>käyttötunnus on virheellinen tai sen allekirjoitus ei täsmää</translation>
    </message>
    <message>
        <source>the access token has expired</source>
        <translation>käyttötunnus on vanhentunut</translation>
    </message>
    <message>
        <source>the access token&apos;s application no longer exists</source>
        <translation>käyttötunnuksen sovellusta ei enää ole</translation>
    </message>
    <message>
        <source>the access token&apos;s application is disabled</source>
        <translation>käyttötunnuksen sovellus on poistettu käytöstä</translation>
    </message>
    <message>
        <source>every token of the application was revoked after this one was issued</source>
        <translation>kaikki sovelluksen tunnukset mitätöitiin tämän tunnuksen myöntämisen jälkeen</translation>
    </message>
    <message>
        <source>the access token&apos;s session no longer exists</source>
        <translation>käyttötunnuksen istuntoa ei enää ole</translation>
    </message>
    <message>
        <source>the access token&apos;s session was revoked</source>
        <translation>käyttötunnuksen istunto on mitätöity</translation>
    </message>
    <message>
        <source>the access token has no session</source>
        <translation>käyttötunnuksella ei ole istuntoa</translation>
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
Ylläpitokomennot käyttävät konsolin tietokantaa, ellei --db FILE tai --db-url URL nimeä toista;
--json tulostaa JSON-muotoa skriptejä varten. Paluukoodi: 0 = valmis, 1 = ei löytynyt, 2 = virheellinen syöte:
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; vaatii komennon: %2.</translation>
    </message>
    <message>
        <source>Unknown command: %1 %2. Commands: %3.</source>
        <translation>Tuntematon komento: %1 %2. Komennot: %3.</translation>
    </message>
</context>
<context>
    <name>AdminRun</name>
    <message>
        <source>Usage: authdesk %1</source>
        <translation>Käyttö: authdesk %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Odottamaton argumentti: %1.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 puuttuu.</translation>
    </message>
    <message>
        <source>authdesk: %1</source>
        <translation>authdesk: %1</translation>
    </message>
    <message>
        <source>No application has the client ID %1.</source>
        <translation>Millään sovelluksella ei ole asiakastunnusta %1.</translation>
    </message>
    <message>
        <source>No test user has the e-mail %1.</source>
        <translation>Yhdelläkään testikäyttäjällä ei ole sähköpostiosoitetta %1.</translation>
    </message>
</context>
<context>
    <name>ApiAccess</name>
    <message>
        <source>the request has no bearer token</source>
        <translation>pyynnössä ei ole bearer-tunnusta</translation>
    </message>
    <message>
        <source>a %1 token cannot read this</source>
        <translation>%1-tunnus ei voi lukea tätä</translation>
    </message>
    <message>
        <source>the token&apos;s user no longer exists</source>
        <translation>tunnuksen käyttäjää ei enää ole</translation>
    </message>
    <message>
        <source>introspection needs a client ID and its secret</source>
        <translation>introspektio vaatii asiakastunnuksen ja sen asiakassalaisuuden</translation>
    </message>
    <message>
        <source>introspection without a token</source>
        <translation>introspektio ilman tunnusta</translation>
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
        <translation>Asiakastunnus:      %1
Nimi:               %2
Tyyppi:             %3
Käytössä:           %4
Myöntötavat:        %5
Luotu:              %6
Viimeksi käytetty:  %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Client ID:      %1
Client secret:  %2
Copy the secret now: AuthDesk shows it only once.</source>
        <translation>Asiakastunnus:     %1
Asiakassalaisuus:  %2
Kopioi salaisuus nyt: AuthDesk näyttää sen vain kerran.</translation>
    </message>
    <message>
        <source>The old secret works until %1.</source>
        <translation>Vanha salaisuus toimii %1 asti.</translation>
    </message>
    <message>
        <source>--name is required: the application&apos;s name.</source>
        <translation>--name on pakollinen: sovelluksen nimi.</translation>
    </message>
    <message>
        <source>--type must be marketplace or integration, not &apos;%1&apos;.</source>
        <translation>--type-arvon on oltava marketplace tai integration, ei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Created the %1 application &quot;%2&quot;.</source>
        <translation>Luotiin sovellus ”%2” (tyyppi %1).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>pois käytöstä</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Ei sovelluksia.</translation>
    </message>
    <message>
        <source>--overlap must be a number of seconds, not &apos;%1&apos;.</source>
        <translation>--overlap-arvon on oltava sekuntimäärä, ei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;.</source>
        <translation>Uusi asiakassalaisuus sovellukselle ”%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enabled.</source>
        <translation>Sovellus ”%1” on käytössä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled: its clients get 401 invalid_client.</source>
        <translation>Sovellus ”%1” on poistettu käytöstä: sen asiakkaat saavat vastauksen 401 invalid_client.</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>An application with this client ID already exists.</source>
        <translation>Sovellus, jolla on tämä asiakastunnus, on jo olemassa.</translation>
    </message>
    <message>
        <source>The application does not exist.</source>
        <translation>Sovellusta ei ole olemassa.</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>The application needs a name.</source>
        <translation>Sovellukselle tarvitaan nimi.</translation>
    </message>
    <message>
        <source>The application&apos;s name is longer than 200 characters.</source>
        <translation>Sovelluksen nimi on yli 200 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The client ID must be a UUID, such as 8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11.</source>
        <translation>Asiakastunnuksen on oltava UUID, esimerkiksi 8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11.</translation>
    </message>
    <message>
        <source>The %1 grant is not available to %2 applications.</source>
        <translation>Myöntötapa %1 ei ole käytettävissä %2-tyyppisille sovelluksille.</translation>
    </message>
    <message>
        <source>The access-token lifetime must be from 1 second to 24 hours.</source>
        <translation>Käyttötunnuksen voimassaoloajan on oltava 1 sekunnista 24 tuntiin.</translation>
    </message>
    <message>
        <source>The refresh-token lifetime must be from 1 minute to 10 years.</source>
        <translation>Päivitystunnuksen voimassaoloajan on oltava 1 minuutista 10 vuoteen.</translation>
    </message>
    <message>
        <source>The refresh-token idle timeout must be at least 1 minute.</source>
        <translation>Päivitystunnuksen käyttämättömyysrajan on oltava vähintään 1 minuutti.</translation>
    </message>
    <message>
        <source>The rotation grace window must be from 0 to 300 seconds.</source>
        <translation>Vaihdon armonajan on oltava 0–300 sekuntia.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a browser origin. Write it as scheme://host[:port], such as http://localhost:3000.</source>
        <translation>”%1” ei ole selaimen alkuperä (origin). Kirjoita se muodossa scheme://host[:port], esimerkiksi http://localhost:3000.</translation>
    </message>
    <message>
        <source>Created %1 application &quot;%2&quot;</source>
        <translation>Luotiin sovellus ”%2” (tyyppi %1)</translation>
    </message>
    <message>
        <source>No application has the client ID %1.</source>
        <translation>Millään sovelluksella ei ole asiakastunnusta %1.</translation>
    </message>
    <message>
        <source>The overlap must be from 0 seconds to 30 days.</source>
        <translation>Päällekkäisyysajan on oltava 0 sekunnista 30 päivään.</translation>
    </message>
    <message>
        <source>Changed the settings of &quot;%1&quot;</source>
        <translation>Muutettiin sovelluksen ”%1” asetuksia</translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;</source>
        <translation>Sovellus ”%1” otettiin käyttöön</translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;</source>
        <translation>Sovellus ”%1” poistettiin käytöstä</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and all of its sessions</source>
        <translation>Poistettiin sovellus ”%1” ja kaikki sen istunnot</translation>
    </message>
    <message>
        <source>Only marketplace applications have a marketplace URL.</source>
        <translation>Vain markkinapaikkasovelluksilla on markkinapaikan URL-osoite.</translation>
    </message>
    <message>
        <source>The marketplace URL &apos;%1&apos; is not a web address. Write it as http(s)://host[:port][/path], such as http://localhost:3000.</source>
        <translation>Markkinapaikan URL-osoite ”%1” ei ole verkko-osoite. Kirjoita se muodossa http(s)://host[:port][/path], esimerkiksi http://localhost:3000.</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;; the old one works until %2</source>
        <translation>Uusi asiakassalaisuus sovellukselle ”%1”; vanha toimii %2 asti</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;; the old one stopped working at once</source>
        <translation>Uusi asiakassalaisuus sovellukselle ”%1”; vanha lakkasi toimimasta heti</translation>
    </message>
    <message>
        <source>Allowed the origin %1 for &quot;%2&quot;</source>
        <translation>Sallittiin alkuperä %1 sovellukselle ”%2”</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>myöntötavat</translation>
    </message>
    <message>
        <source>access-token lifetime</source>
        <translation>käyttötunnuksen voimassaoloaika</translation>
    </message>
    <message>
        <source>refresh-token lifetime</source>
        <translation>päivitystunnuksen voimassaoloaika</translation>
    </message>
    <message>
        <source>refresh-token idle timeout</source>
        <translation>päivitystunnuksen käyttämättömyysraja</translation>
    </message>
    <message>
        <source>rotation grace window</source>
        <translation>vaihdon armonaika</translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation>sallitut alkuperät</translation>
    </message>
    <message>
        <source>marketplace URL</source>
        <translation>markkinapaikan URL-osoite</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ympäristö</translation>
    </message>
    <message>
        <source>auto-approve login-as</source>
        <translation>käyttäjänä kirjautumisen automaattinen hyväksyntä</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Sivu ei voi alkaa tai päättyä ennen ensimmäistä riviä.</translation>
    </message>
</context>
<context>
    <name>AuthServer</name>
    <message>
        <source>a chunked body (Transfer-Encoding) is not accepted</source>
        <translation>paloiteltua runkoa (Transfer-Encoding) ei hyväksytä</translation>
    </message>
    <message>
        <source>the body is larger than the limit of %1 bytes</source>
        <translation>runko ylittää %1 tavun rajan</translation>
    </message>
    <message>
        <source>the request line and headers are larger than the limit of %1 bytes</source>
        <translation>pyyntörivi ja otsakkeet ylittävät %1 tavun rajan</translation>
    </message>
    <message>
        <source>too many requests were sent ahead of their answers</source>
        <translation>liian monta pyyntöä lähetettiin odottamatta niiden vastauksia</translation>
    </message>
    <message>
        <source>the server does not know this method</source>
        <translation>palvelin ei tunne tätä metodia</translation>
    </message>
    <message>
        <source>the request line or a header is malformed</source>
        <translation>pyyntörivi tai jokin otsake on virheellinen</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>the key file %1</source>
        <translation>avaintiedosto %1</translation>
    </message>
</context>
<context>
    <name>BuiltinIdpEndpoint</name>
    <message>
        <source>the sign-in is not a form</source>
        <translation>kirjautuminen ei ole lomake</translation>
    </message>
    <message>
        <source>the parameters cannot be decoded: %1</source>
        <translation>parametreja ei voi purkaa: %1</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsReader</name>
    <message>
        <source>the Basic authorization header cannot be decoded</source>
        <translation>Basic-valtuutusotsaketta ei voi purkaa</translation>
    </message>
    <message>
        <source>the client sent both a Basic header and a client_secret</source>
        <translation>asiakas lähetti sekä Basic-otsakkeen että client_secret-parametrin</translation>
    </message>
    <message>
        <source>the body client_id differs from the Basic user</source>
        <translation>rungon client_id eroaa Basic-käyttäjästä</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;authdesk --help&apos; for usage.</source>
        <translation>Katso käyttöohjeet komennolla &apos;authdesk --help&apos;.</translation>
    </message>
    <message>
        <source>the AuthDesk folder in your data directory</source>
        <translation>AuthDesk-kansio datahakemistossasi</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Odottamaton argumentti: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <source>--key-file needs a file name.</source>
        <translation>--key-file vaatii tiedostonimen.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db vaatii tiedostonimen.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--port-arvon on oltava luku väliltä 0–65535, ei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--seed needs a file name.</source>
        <translation>--seed vaatii tiedostonimen.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests per minute from 1 to 1000000, not &apos;%1&apos;.</source>
        <translation>--rate-limit-arvon on oltava pyyntöjen määrä minuutissa väliltä 1–1000000, ei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bind must be an IP address, such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>--bind-arvon on oltava IP-osoite, esimerkiksi 127.0.0.1, ei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bind %1 would expose AuthDesk to other machines. Add --allow-remote if you really want that.</source>
        <translation>--bind %1 avaisi AuthDeskin muille koneille. Lisää --allow-remote, jos todella haluat sen.</translation>
    </message>
    <message>
        <source>--db and --db-url cannot be used together: choose SQLite or PostgreSQL.</source>
        <translation>Valintoja --db ja --db-url ei voi käyttää yhdessä: valitse SQLite tai PostgreSQL.</translation>
    </message>
    <message>
        <source>--db-url: %1</source>
        <translation>--db-url: %1</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--threads-arvon on oltava luku väliltä 1–%1, ei &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--public-url must be http:// or https:// with a host and an optional port and nothing else, such as http://auth.example.test:8080, not &apos;%1&apos;.</source>
        <translation>--public-url-arvon on oltava http://- tai https://-osoite, jossa on palvelin ja valinnainen portti eikä mitään muuta, esimerkiksi http://auth.example.test:8080, ei &apos;%1&apos;.</translation>
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
        <translation>Käyttö:
  authdesk [valinnat]         avaa konsolin (vaatii näytön)
  authdesk serve [valinnat]   suorittaa Authentication API:a ilman ikkunaa
  authdesk check-keychain     kertoo, voiko käyttöjärjestelmän avainnippu säilyttää AuthDeskin avaimen

Serve-komennon valinnat:
  --db FILE        SQLite-tietokantatiedosto (oletus: %1)
  --db-url URL     PostgreSQL-tietokanta sen sijaan, muodossa postgresql://USER@HOST:PORT/DB;
                   salasana luetaan PGPASSWORD-muuttujasta tai tiedostosta ~/.pgpass
  --bind ADDR      kuunneltava osoite (oletus: 127.0.0.1)
  --port N         kuunneltava portti, 0 = mikä tahansa vapaa portti (oletus: 8787)
  --allow-remote   salli muu --bind-osoite kuin loopback
  --rate-limit N   salli N tunnuspyyntöä minuutissa yhdestä asiakasosoitteesta
                   (oletus: ei rajaa)
  --threads N      käsittele HTTP-pyynnöt N säikeellä, 1–%2 (oletus: yksi säie
                   ydintä kohden, enintään 4)
  --public-url URL osoite, jota asiakkaat käyttävät, esim. kuormantasaajan http://HOST:PORT:
                   tunnusten myöntäjä (issuer) ja Host-otsake, jonka palvelin hyväksyy
  --request-log FILE  lisää jokaisen pyynnön päätöksen tiedostoon FILE JSON-rivinä
                   (luodaan oikeuksin 0600; salaisuudet ja tunnukset peitetty)
  --seed FILE      luo JSON-alustustiedoston sovellukset ja testikäyttäjät
  --key-file FILE  säilytä avaimen salausavain tiedostossa FILE (luodaan oikeuksin 0600)
                   käyttöjärjestelmän avainnipun sijaan koneilla, joilla sitä ei ole

Konsolin valinnat: --db, --port ja --key-file kuten serve-komennolla, sekä
  --screenshots DIR  tallenna kuva jokaisesta sivusta hakemistoon DIR ja lopeta

Yleiset valinnat:
  -h, --help       näytä tämä ohje
  -v, --version    näytä versio
</translation>
    </message>
    <message>
        <source>--request-log needs a file name.</source>
        <translation>--request-log tarvitsee tiedostonimen.</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>AuthDesk cannot start</source>
        <translation>AuthDeskia ei voi käynnistää</translation>
    </message>
    <message>
        <source>AuthDesk keeps the key that protects its signing key in the OS keychain, and none is usable.

%1

Start a keychain (for example GNOME Keyring) and try again, or start AuthDesk with --key-file FILE to keep the key in a file only you can read.</source>
        <translation>AuthDesk säilyttää allekirjoitusavaintaan suojaavan avaimen käyttöjärjestelmän avainnipussa, mutta yhtään käyttökelpoista avainnippua ei ole.

%1

Käynnistä avainnippu (esimerkiksi GNOME Keyring) ja yritä uudelleen, tai käynnistä AuthDesk valinnalla --key-file FILE, jolloin avain säilytetään tiedostossa, jota vain sinä voit lukea.</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1

Move the file away or fix its permissions, then start AuthDesk again.</source>
        <translation>Tietokantaa ei voi avata.

%1

Siirrä tiedosto pois tai korjaa sen käyttöoikeudet ja käynnistä AuthDesk sitten uudelleen.</translation>
    </message>
    <message>
        <source>AuthDesk cannot open its database</source>
        <translation>AuthDesk ei voi avata tietokantaansa</translation>
    </message>
    <message>
        <source>%1

Check that the server runs and the login is right, or use the database file on this computer instead.</source>
        <translation>%1

Tarkista, että palvelin on käynnissä ja kirjautumistiedot ovat oikein, tai käytä sen sijaan tämän tietokoneen tietokantatiedostoa.</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Käytä &amp;paikallista tietokantaa</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Yhdistä &amp;PostgreSQL-tietokantaan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>The password is not remembered</source>
        <translation>Salasanaa ei muisteta</translation>
    </message>
    <message>
        <source>%1

AuthDesk uses the database now. Next time it will ask again; to avoid that, set PGPASSWORD or put the password in ~/.pgpass.</source>
        <translation>%1

AuthDesk käyttää tietokantaa nyt. Seuraavalla kerralla se kysyy uudelleen; välttääksesi sen aseta PGPASSWORD tai kirjoita salasana tiedostoon ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>%1 ei voi käyttää WAL-kirjausta (write-ahead logging; journal-tila %2).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Tiedostoa %1 ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>Tietokanta ei vastaa.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt:n PostgreSQL-ajuria (QPSQL) ei ole asennettu.</translation>
    </message>
    <message>
        <source>The database is busy or unavailable.</source>
        <translation>Tietokanta on varattu tai ei käytettävissä.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying...</source>
        <translation>Yhteys tietokantaan katkesi. Yritetään uudelleen...</translation>
    </message>
    <message>
        <source>The database cannot be reached. Retrying...</source>
        <translation>Tietokantaan ei saada yhteyttä. Yritetään uudelleen...</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>No database file was given.</source>
        <translation>Tietokantatiedostoa ei annettu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ei ole SQLite-tietokanta.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Tiedostoa %1 ei voi luoda: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL must look like postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Tietokannan URL-osoitteen on oltava muotoa postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql://, not %1://.</source>
        <translation>Tietokannan URL-osoitteen on alettava postgresql://, ei %1://.</translation>
    </message>
    <message>
        <source>The database URL is not a valid URL.</source>
        <translation>Tietokannan URL-osoite ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password. Set PGPASSWORD or put the password in ~/.pgpass instead.</source>
        <translation>Tietokannan URL-osoite ei saa sisältää salasanaa. Aseta sen sijaan PGPASSWORD tai kirjoita salasana tiedostoon ~/.pgpass.</translation>
    </message>
    <message>
        <source>The database URL names no host.</source>
        <translation>Tietokannan URL-osoitteessa ei ole palvelinta.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port must be from 1 to 65535.</source>
        <translation>Tietokannan URL-osoitteen portin on oltava väliltä 1–65535.</translation>
    </message>
    <message>
        <source>The database URL must not have options (after ? or #).</source>
        <translation>Tietokannan URL-osoitteessa ei saa olla valintoja (merkin ? tai # jälkeen).</translation>
    </message>
    <message>
        <source>The database URL names no database (the part after the last /).</source>
        <translation>Tietokannan URL-osoitteessa ei ole tietokannan nimeä (viimeisen /-merkin jälkeistä osaa).</translation>
    </message>
    <message>
        <source>The database URL&apos;s database name cannot contain &apos;/&apos;.</source>
        <translation>Tietokannan URL-osoitteen tietokannan nimessä ei voi olla merkkiä &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out vaatii tiedostonimen.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>Vientiä ei voi kirjoittaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 application(s), %2 test user(s) and %3 identity provider(s) to %4, without secrets or passwords.</source>
        <translation>Vietiin tiedostoon %4 sovelluksia %1, testikäyttäjiä %2 ja identiteetintarjoajia %3 ilman salaisuuksia ja salasanoja.</translation>
    </message>
</context>
<context>
    <name>FormDecoder</name>
    <message>
        <source>more than 64 parameters</source>
        <translation>yli 64 parametria</translation>
    </message>
    <message>
        <source>a parameter is longer than 4 KiB</source>
        <translation>parametri on yli 4 KiB pitkä</translation>
    </message>
    <message>
        <source>a bad percent escape or invalid UTF-8 in the body</source>
        <translation>rungossa on virheellinen prosenttikoodaus tai virheellistä UTF-8:aa</translation>
    </message>
    <message>
        <source>a NUL, CR or LF in a parameter</source>
        <translation>parametrissa on NUL-, CR- tai LF-merkki</translation>
    </message>
    <message>
        <source>the parameter %1 appears more than once</source>
        <translation>parametri %1 esiintyy useammin kuin kerran</translation>
    </message>
</context>
<context>
    <name>IdentityProviderRepository</name>
    <message>
        <source>An identity provider with the ID %1 already exists.</source>
        <translation>Identiteetintarjoaja, jonka tunniste on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>The identity provider does not exist.</source>
        <translation>Identiteetintarjoajaa ei ole olemassa.</translation>
    </message>
</context>
<context>
    <name>IdentityProviderService</name>
    <message>
        <source>idp_id: use 1 to 64 lower-case letters, digits and hyphens (e.g. google or my-sso).</source>
        <translation>idp_id: käytä 1–64 pientä kirjainta, numeroa ja yhdysmerkkiä (esim. google tai my-sso).</translation>
    </message>
    <message>
        <source>name: give the identity provider a name.</source>
        <translation>name: anna identiteetintarjoajalle nimi.</translation>
    </message>
    <message>
        <source>name: use at most %1 characters.</source>
        <translation>name: käytä enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>issuer: enter the IdP&apos;s http or https URL, as its tokens&apos; iss says.</source>
        <translation>issuer: anna IdP:n http- tai https-URL-osoite sellaisena kuin se on sen tunnusten iss-kentässä.</translation>
    </message>
    <message>
        <source>client_id: enter the marketplace&apos;s client ID at the IdP.</source>
        <translation>client_id: anna markkinapaikan asiakastunnus IdP:ssä.</translation>
    </message>
    <message>
        <source>trusted_client_ids: each entry must be a client ID of one line.</source>
        <translation>trusted_client_ids: jokaisen merkinnän on oltava yksirivinen asiakastunnus.</translation>
    </message>
    <message>
        <source>jwks_uri: leave it empty or enter an http or https URL.</source>
        <translation>jwks_uri: jätä kenttä tyhjäksi tai anna http- tai https-URL-osoite.</translation>
    </message>
    <message>
        <source>Added identity provider</source>
        <translation>Lisättiin identiteetintarjoaja</translation>
    </message>
    <message>
        <source>Changed identity provider</source>
        <translation>Muutettiin identiteetintarjoajaa</translation>
    </message>
    <message>
        <source>Removed identity provider and its linked identities</source>
        <translation>Poistettiin identiteetintarjoaja ja sen linkitetyt identiteetit</translation>
    </message>
    <message>
        <source>Linked the %1 identity</source>
        <translation>Linkitettiin %1-identiteetti</translation>
    </message>
    <message>
        <source>Unlinked an identity of %1</source>
        <translation>Poistettiin käyttäjän %1 identiteetin linkitys</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Avaintiedostoa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>Avaintiedosto %1 ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>The key file %1 can be read or changed by other users (its mode is %2). Allow only its owner with &quot;chmod 600 %1&quot;, then start again.</source>
        <translation>Muut käyttäjät voivat lukea tai muuttaa avaintiedostoa %1 (sen tila on %2). Salli pääsy vain omistajalle komennolla &quot;chmod 600 %1&quot; ja käynnistä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The key file %1 holds %2 bytes instead of %3: it is not an AuthDesk key file, or it was damaged. It was left unchanged.</source>
        <translation>Avaintiedostossa %1 on %2 tavua %3 tavun sijaan: se ei ole AuthDeskin avaintiedosto, tai se on vioittunut. Sitä ei muutettu.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be created: %2.</source>
        <translation>Avaintiedostoa %1 ei voi luoda: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2.</source>
        <translation>Avaintiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>No key file was given.</source>
        <translation>Avaintiedostoa ei annettu.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be opened: %2.</source>
        <translation>Avaintiedostoa %1 ei voi avata: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be created: it exists, but cannot be opened.</source>
        <translation>Avaintiedostoa %1 ei voi luoda: se on jo olemassa, mutta sitä ei voi avata.</translation>
    </message>
</context>
<context>
    <name>KeyWrapper</name>
    <message>
        <source>The data could not be decrypted: it was changed, or it was encrypted under another key.</source>
        <translation>Tietojen salausta ei voitu purkaa: tietoja on muutettu, tai ne on salattu toisella avaimella.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No usable keychain (Secret Service) was found: %1. Start a keyring such as gnome-keyring and unlock it, or pass --key-file FILE to keep the key in a file instead.</source>
        <translation>Käyttökelpoista avainnippua (Secret Service) ei löytynyt: %1. Käynnistä avainnippu, kuten gnome-keyring, ja avaa sen lukitus, tai anna valinta --key-file FILE, jolloin avain säilytetään sen sijaan tiedostossa.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s); it may be waiting for someone to unlock it</source>
        <translation>
            <numerusform>se ei vastannut %n sekunnin kuluessa; se saattaa odottaa lukituksen avaamista</numerusform>
            <numerusform>se ei vastannut %n sekunnin kuluessa; se saattaa odottaa lukituksen avaamista</numerusform>
        </translation>
    </message>
    <message>
        <source>it answered &quot;%1&quot;</source>
        <translation>se vastasi ”%1”</translation>
    </message>
    <message>
        <source>a test entry read back differs from what was written to it</source>
        <translation>takaisin luettu testimerkintä poikkeaa siihen kirjoitetusta</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of service %2 holds %3 bytes instead of %4, so it is not an AuthDesk key-encryption key. It was left unchanged; remove it yourself if it is not needed.</source>
        <translation>Palvelun %2 avainnippumerkinnässä ”%1” on %3 tavua %4 tavun sijaan, joten se ei ole AuthDeskin avaimen salausavain. Sitä ei muutettu; poista se itse, jos sitä ei tarvita.</translation>
    </message>
    <message>
        <source>the Secret Service keychain (service %1)</source>
        <translation>Secret Service -avainnippu (palvelu %1)</translation>
    </message>
    <message>
        <source>The keychain (Secret Service) could not keep the entry &quot;%1&quot;: %2. Start a keyring such as gnome-keyring and unlock it, then try again.</source>
        <translation>Avainnippu (Secret Service) ei voinut tallentaa merkintää &quot;%1&quot;: %2. Käynnistä avainnippu, kuten gnome-keyring, avaa sen lukitus ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>LinkedIdentityRepository</name>
    <message>
        <source>This identity is linked to a test user already.</source>
        <translation>Tämä identiteetti on jo linkitetty testikäyttäjään.</translation>
    </message>
    <message>
        <source>The identity provider or the test user does not exist.</source>
        <translation>Identiteetintarjoajaa tai testikäyttäjää ei ole olemassa.</translation>
    </message>
    <message>
        <source>The identity is not linked.</source>
        <translation>Identiteettiä ei ole linkitetty.</translation>
    </message>
</context>
<context>
    <name>LoginAsCodeRepository</name>
    <message>
        <source>The application or test user of this login no longer exists.</source>
        <translation>Tämän kirjautumisen sovellusta tai testikäyttäjää ei enää ole olemassa.</translation>
    </message>
</context>
<context>
    <name>LoginAsEndpoint</name>
    <message>
        <source>the query cannot be decoded: %1</source>
        <translation>kyselyä ei voi purkaa: %1</translation>
    </message>
    <message>
        <source>the approval is not a form</source>
        <translation>hyväksyntä ei ole lomake</translation>
    </message>
    <message>
        <source>the approval cannot be decoded: %1</source>
        <translation>hyväksyntää ei voi purkaa: %1</translation>
    </message>
    <message>
        <source>the approval has no decision</source>
        <translation>hyväksynnässä ei ole päätöstä</translation>
    </message>
</context>
<context>
    <name>LoginAsService</name>
    <message>
        <source>no marketplace application has this client ID</source>
        <translation>millään markkinapaikkasovelluksella ei ole tätä asiakastunnusta</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>sovellus on poistettu käytöstä</translation>
    </message>
    <message>
        <source>the application has no marketplace URL</source>
        <translation>sovelluksella ei ole markkinapaikan URL-osoitetta</translation>
    </message>
    <message>
        <source>the redirect URI is not on the marketplace URL&apos;s origin %1</source>
        <translation>uudelleenohjaus-URI ei ole markkinapaikan URL-osoitteen alkuperässä %1</translation>
    </message>
    <message>
        <source>client_id or redirect_uri was repeated</source>
        <translation>client_id tai redirect_uri toistui</translation>
    </message>
    <message>
        <source>the request names no client</source>
        <translation>pyyntö ei nimeä asiakasta</translation>
    </message>
    <message>
        <source>parameter %1 was repeated</source>
        <translation>parametri %1 toistui</translation>
    </message>
    <message>
        <source>the authorization_code grant is disabled for this application</source>
        <translation>authorization_code-grant on poistettu käytöstä tältä sovellukselta</translation>
    </message>
    <message>
        <source>response_type is not code</source>
        <translation>response_type ei ole code</translation>
    </message>
    <message>
        <source>the request has no state</source>
        <translation>pyynnössä ei ole state-parametria</translation>
    </message>
    <message>
        <source>the request has no code_challenge</source>
        <translation>pyynnössä ei ole code_challenge-parametria</translation>
    </message>
    <message>
        <source>code_challenge_method is not S256</source>
        <translation>code_challenge_method ei ole S256</translation>
    </message>
    <message>
        <source>the code_challenge is not an S256 challenge</source>
        <translation>code_challenge ei ole S256-haaste</translation>
    </message>
    <message>
        <source>the request has no user_id</source>
        <translation>pyynnössä ei ole user_id-parametria</translation>
    </message>
    <message>
        <source>no test user has this ID</source>
        <translation>yhdelläkään testikäyttäjällä ei ole tätä tunnistetta</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 on estetty</translation>
    </message>
    <message>
        <source>login as %1 in &quot;%2&quot; (%3) approved automatically</source>
        <translation>kirjautuminen käyttäjänä %1 sovelluksessa ”%2” (%3) hyväksyttiin automaattisesti</translation>
    </message>
    <message>
        <source>approval page shown for login as %1</source>
        <translation>näytettiin hyväksyntäsivu kirjautumiselle käyttäjänä %1</translation>
    </message>
    <message>
        <source>the approval has no form token</source>
        <translation>hyväksynnässä ei ole lomaketunnusta</translation>
    </message>
    <message>
        <source>the approval&apos;s form token is unknown</source>
        <translation>hyväksynnän lomaketunnus on tuntematon</translation>
    </message>
    <message>
        <source>the approval page was already answered</source>
        <translation>hyväksyntäsivuun on jo vastattu</translation>
    </message>
    <message>
        <source>the approval page expired</source>
        <translation>hyväksyntäsivu on vanhentunut</translation>
    </message>
    <message>
        <source>login as %1 in &quot;%2&quot; (%3)</source>
        <translation>kirjautuminen käyttäjänä %1 sovelluksessa ”%2” (%3)</translation>
    </message>
    <message>
        <source>Denied %1</source>
        <translation>Hylättiin %1</translation>
    </message>
    <message>
        <source>the operator denied %1</source>
        <translation>ylläpitäjä hylkäsi pyynnön: %1</translation>
    </message>
    <message>
        <source>the user no longer exists or is banned</source>
        <translation>käyttäjää ei enää ole olemassa tai hänet on estetty</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Hyväksyttiin %1</translation>
    </message>
    <message>
        <source>%1 approved on the approval page</source>
        <translation>%1 hyväksyttiin hyväksyntäsivulla</translation>
    </message>
    <message>
        <source>Authorization code issued: %1; valid for %2 s</source>
        <translation>Valtuutuskoodi myönnetty: %1; voimassa %2 s</translation>
    </message>
    <message>
        <source>the authorization_code grant needs a code, a redirect_uri and a code_verifier</source>
        <translation>authorization_code-grant vaatii parametrit code, redirect_uri ja code_verifier</translation>
    </message>
    <message>
        <source>the authorization code is unknown</source>
        <translation>valtuutuskoodi on tuntematon</translation>
    </message>
    <message>
        <source>An authorization code was used again; the login-as session it started was revoked</source>
        <translation>Valtuutuskoodia käytettiin uudelleen; sen aloittama käyttäjänä kirjautumisen istunto mitätöitiin</translation>
    </message>
    <message>
        <source>the authorization code was already used: its session was revoked</source>
        <translation>valtuutuskoodi on jo käytetty: sen istunto mitätöitiin</translation>
    </message>
    <message>
        <source>the authorization code expired</source>
        <translation>valtuutuskoodi on vanhentunut</translation>
    </message>
    <message>
        <source>the authorization code belongs to another application</source>
        <translation>valtuutuskoodi kuuluu toiselle sovellukselle</translation>
    </message>
    <message>
        <source>the redirect_uri differs from the authorization request&apos;s</source>
        <translation>redirect_uri poikkeaa valtuutuspyynnön arvosta</translation>
    </message>
    <message>
        <source>the code_verifier does not match the code_challenge</source>
        <translation>code_verifier ei vastaa code_challenge-arvoa</translation>
    </message>
    <message>
        <source>the user no longer exists</source>
        <translation>käyttäjää ei enää ole olemassa</translation>
    </message>
    <message>
        <source>scope &apos;%1&apos; was requested, but this grant issues &apos;%2&apos;</source>
        <translation>pyydettiin scopea &apos;%1&apos;, mutta tämä grant myöntää scopen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>login as %1 (%2)</source>
        <translation>kirjautuminen käyttäjänä %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>Salasanasta ei voitu laskea tiivistettä: muisti ei riitä.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>The database is busy or unreachable. Try again in a moment.</source>
        <translation>Tietokanta on varattu tai ei tavoitettavissa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Someone may have deleted it meanwhile; the list has been refreshed.</source>
        <translation>Joku on ehkä poistanut sen sillä välin; luettelo on päivitetty.</translation>
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
        <translation>mitätöintipyyntö asiakkaalta, jonka tunnistautuminen epäonnistui</translation>
    </message>
    <message>
        <source>revocation without an access token or client credentials</source>
        <translation>mitätöintipyyntö ilman käyttötunnusta tai asiakkaan tunnistetietoja</translation>
    </message>
    <message>
        <source>revocation without a token</source>
        <translation>mitätöintipyyntö ilman tunnusta</translation>
    </message>
    <message>
        <source>an anonymous token can revoke nothing: no-op</source>
        <translation>anonyymi tunnus ei voi mitätöidä mitään: ei toimenpiteitä</translation>
    </message>
    <message>
        <source>unknown token: no-op</source>
        <translation>tuntematon tunnus: ei toimenpiteitä</translation>
    </message>
    <message>
        <source>the token belongs to another client or user: no-op</source>
        <translation>tunnus kuuluu toiselle asiakkaalle tai käyttäjälle: ei toimenpiteitä</translation>
    </message>
    <message>
        <source>the session was already revoked: no-op</source>
        <translation>istunto oli jo mitätöity: ei toimenpiteitä</translation>
    </message>
    <message>
        <source>the refresh token has expired: no-op</source>
        <translation>päivitystunnus on vanhentunut: ei toimenpiteitä</translation>
    </message>
    <message>
        <source>session revoked by its client</source>
        <translation>asiakas mitätöi istuntonsa</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>the Host header &quot;%1&quot; does not name this server (DNS-rebinding defence)</source>
        <translation>Host-otsake ”%1” ei nimeä tätä palvelinta (suojaus DNS-rebinding-hyökkäyksiä vastaan)</translation>
    </message>
    <message>
        <source>the origin %1 is in neither the global list nor any application&apos;s allowed origins</source>
        <translation>alkuperä %1 ei ole yleisessä luettelossa eikä minkään sovelluksen sallituissa alkuperissä</translation>
    </message>
    <message>
        <source>this path answers %1 only</source>
        <translation>tämä polku vastaa vain metodeihin %1</translation>
    </message>
    <message>
        <source>a preflight from an allowed origin</source>
        <translation>esitarkistuspyyntö (preflight) sallitusta alkuperästä</translation>
    </message>
    <message>
        <source>the server has no such path</source>
        <translation>palvelimella ei ole tällaista polkua</translation>
    </message>
    <message>
        <source>fault rule %1 dropped the connection</source>
        <translation>vikasääntö %1 katkaisi yhteyden</translation>
    </message>
    <message>
        <source>fault rule %1 answered %2 on purpose</source>
        <translation>vikasääntö %1 vastasi tarkoituksella %2</translation>
    </message>
</context>
<context>
    <name>RsaSigningKey</name>
    <message>
        <source>An RSA key could not be generated.</source>
        <translation>RSA-avainta ei voitu luoda.</translation>
    </message>
    <message>
        <source>The stored RSA key cannot be read.</source>
        <translation>Tallennettua RSA-avainta ei voi lukea.</translation>
    </message>
    <message>
        <source>The stored RSA key is shorter than %1 bits.</source>
        <translation>Tallennettu RSA-avain on lyhyempi kuin %1 bittiä.</translation>
    </message>
</context>
<context>
    <name>SeedImporter</name>
    <message>
        <source>is not a known field (known: %1)</source>
        <translation>tuntematon kenttä (tunnetut: %1)</translation>
    </message>
    <message>
        <source>Seed field %1 %2.</source>
        <translation>Alustuskenttä %1: %2.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>arvon on oltava merkkijono</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>arvo ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>arvon on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>arvon on oltava väliltä %1–%2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>arvon on oltava true tai false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>arvon on oltava merkkijonojen luettelo</translation>
    </message>
    <message>
        <source>Seed field %1 must be an object.</source>
        <translation>Alustuskentän %1 on oltava objekti.</translation>
    </message>
    <message>
        <source>must be &quot;marketplace&quot; or &quot;integration&quot;</source>
        <translation>arvon on oltava &quot;marketplace&quot; tai &quot;integration&quot;</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>arvon on oltava UUID</translation>
    </message>
    <message>
        <source>is not a grant type</source>
        <translation>arvo ei ole myöntötapa</translation>
    </message>
    <message>
        <source>is not available to %1 applications</source>
        <translation>myöntötapa ei ole käytettävissä %1-tyyppisille sovelluksille</translation>
    </message>
    <message>
        <source>Seed entry %1: %2</source>
        <translation>Alustustietue %1: %2</translation>
    </message>
    <message>
        <source>The seed file %1 cannot be read: %2</source>
        <translation>Alustustiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The seed file %1 is larger than 64 MiB.</source>
        <translation>Alustustiedosto %1 on suurempi kuin 64 MiB.</translation>
    </message>
    <message>
        <source>The seed file is not valid JSON: %1 at byte %2.</source>
        <translation>Alustustiedosto ei ole kelvollista JSONia: %1 tavun %2 kohdalla.</translation>
    </message>
    <message>
        <source>The seed file must hold a JSON object with &quot;applications&quot; and &quot;users&quot;.</source>
        <translation>Alustustiedoston on sisällettävä JSON-objekti, jossa on kentät &quot;applications&quot; ja &quot;users&quot;.</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>arvon on oltava luettelo</translation>
    </message>
    <message>
        <source>Seed field %1.client_id repeats an earlier client ID.</source>
        <translation>Alustuskentässä %1.client_id toistuu aiempi asiakastunnus.</translation>
    </message>
    <message>
        <source>Seed field %1.email repeats an earlier e-mail.</source>
        <translation>Alustuskentässä %1.email toistuu aiempi sähköpostiosoite.</translation>
    </message>
    <message>
        <source>is only for marketplace applications</source>
        <translation>on vain markkinapaikkasovelluksille</translation>
    </message>
    <message>
        <source>must be an http(s) URL such as &quot;http://localhost:3000&quot;</source>
        <translation>arvon on oltava http(s)-URL-osoite, esimerkiksi &quot;http://localhost:3000&quot;</translation>
    </message>
    <message>
        <source>must be &quot;dev&quot;, &quot;test&quot; or &quot;live&quot;</source>
        <translation>arvon on oltava &quot;dev&quot;, &quot;test&quot; tai &quot;live&quot;</translation>
    </message>
    <message>
        <source>Seed field %1.idp_id repeats an earlier idp_id.</source>
        <translation>Alustuskentässä %1.idp_id toistuu aiempi idp_id.</translation>
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
        <translation>Avainnippu toimii. AuthDeskin avaimen salausavaimen säilytyspaikka: %1.</translation>
    </message>
    <message>
        <source>authdesk: importing %1 failed: %2</source>
        <translation>authdesk: tiedoston %1 tuonti epäonnistui: %2</translation>
    </message>
    <message>
        <source>authdesk: seed %1: %2 application(s) and %3 test user(s) created, %4 and %5 already there</source>
        <translation>authdesk: alustus %1: luotiin sovelluksia %2 ja testikäyttäjiä %3; jo olemassa %4 ja %5</translation>
    </message>
    <message>
        <source>authdesk: warning: listening on %1, which other machines can reach. Test users and tokens are then exposed to your network.</source>
        <translation>authdesk: varoitus: kuunnellaan osoitetta %1, johon muut koneet voivat ottaa yhteyttä. Testikäyttäjät ja tunnukset ovat silloin näkyvissä verkkoosi.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>No sessions.</source>
        <translation>Ei istuntoja.</translation>
    </message>
    <message>
        <source>Name exactly one of --user EMAIL, --app CLIENT_ID or --family ID.</source>
        <translation>Anna täsmälleen yksi valinnoista --user EMAIL, --app CLIENT_ID tai --family ID.</translation>
    </message>
    <message>
        <source>--reason is required; it is kept in the audit log.</source>
        <translation>--reason on pakollinen; se tallennetaan tarkastuslokiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n istunto mitätöity.</numerusform>
            <numerusform>%n istuntoa mitätöity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation>Anna syy; se tallennetaan tarkastuslokiin.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>Syy on yli 500 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Istuntoa ei enää ole olemassa.</translation>
    </message>
    <message>
        <source>The session was already revoked.</source>
        <translation>Istunto on jo mitätöity.</translation>
    </message>
    <message>
        <source>The test user no longer exists.</source>
        <translation>Testikäyttäjää ei enää ole olemassa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n istunto)</numerusform>
            <numerusform>%1 (%n istuntoa)</numerusform>
        </translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Sovellusta ei enää ole olemassa.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>istunto %1</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>sovelluksen %1 istunto</translation>
    </message>
    <message>
        <source>session of %1 in %2</source>
        <translation>käyttäjän %1 istunto sovelluksessa %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) of &quot;%2&quot;)</source>
        <translation>
            <numerusform>%1 (sovelluksen ”%2” %n istunto)</numerusform>
            <numerusform>%1 (sovelluksen ”%2” %n istuntoa)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The signing key has %1 bytes instead of %2.</source>
        <translation>Allekirjoitusavaimessa on %1 tavua %2 tavun sijaan.</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public half does not match its seed.</source>
        <translation>Allekirjoitusavain on vioittunut: sen julkinen osa ei vastaa sen siementä.</translation>
    </message>
</context>
<context>
    <name>SigningKeyRepository</name>
    <message>
        <source>A signing key with this key ID already exists.</source>
        <translation>Allekirjoitusavain, jolla on tämä avaintunniste, on jo olemassa.</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>The key-encryption key must be %1 bytes.</source>
        <translation>Avaimen salausavaimen on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>The signing key could not be stored.</source>
        <translation>Allekirjoitusavainta ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The signing key in the database cannot be decrypted with this key-encryption key. Use the key file or keychain that this database was created with.</source>
        <translation>Tietokannassa olevan allekirjoitusavaimen salausta ei voi purkaa tällä avaimen salausavaimella. Käytä sitä avaintiedostoa tai avainnippua, jolla tämä tietokanta luotiin.</translation>
    </message>
</context>
<context>
    <name>SignupService</name>
    <message>
        <source>firstName and lastName are required.</source>
        <translation>firstName ja lastName ovat pakollisia.</translation>
    </message>
    <message>
        <source>idpId, idpClientId and idpToken are required.</source>
        <translation>idpId, idpClientId ja idpToken ovat pakollisia.</translation>
    </message>
    <message>
        <source>This identity has a test user already.</source>
        <translation>Tällä identiteetillä on jo testikäyttäjä.</translation>
    </message>
    <message>
        <source>The token has no e-mail; send one.</source>
        <translation>Tunnuksessa ei ole sähköpostiosoitetta; lähetä sellainen.</translation>
    </message>
</context>
<context>
    <name>Sodium</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Salauskirjastoa ei voitu alustaa.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy or unavailable. Try again in a moment.</source>
        <translation>Tietokanta on varattu tai ei käytettävissä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>TestControls</name>
    <message>
        <source>Set the clock back to the real time</source>
        <translation>Palautettiin kello todelliseen aikaan</translation>
    </message>
    <message>
        <source>Moved the clock by %1 seconds</source>
        <translation>Siirrettiin kelloa %1 sekuntia</translation>
    </message>
    <message>
        <source>Added the fault rule %1</source>
        <translation>Lisättiin vikasääntö %1</translation>
    </message>
    <message>
        <source>Cleared the fault rule %1</source>
        <translation>Poistettiin vikasääntö %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n fault rule(s)</source>
        <translation>
            <numerusform>Poistettiin %n vikasääntö</numerusform>
            <numerusform>Poistettiin %n vikasääntöä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestKitCommands</name>
    <message>
        <source>The clock shows the real time.</source>
        <translation>Kello näyttää todellisen ajan.</translation>
    </message>
    <message>
        <source>The clock is %1 seconds off the real time: it shows %2.</source>
        <translation>Kello poikkeaa todellisesta ajasta %1 sekuntia: se näyttää %2.</translation>
    </message>
    <message>
        <source>--offset takes a number of seconds, such as +960 or -60.</source>
        <translation>--offset-arvon on oltava sekuntimäärä, esimerkiksi +960 tai -60.</translation>
    </message>
    <message numerus="yes">
        <source>(%n left)</source>
        <translation>
            <numerusform>(%n jäljellä)</numerusform>
            <numerusform>(%n jäljellä)</numerusform>
        </translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(%1 asti)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1-arvon on oltava kokonaisluku väliltä %2–%3.</translation>
    </message>
    <message>
        <source>Give exactly one of --status N, --delay-ms N or --drop.</source>
        <translation>Anna täsmälleen yksi valinnoista --status N, --delay-ms N tai --drop.</translation>
    </message>
    <message>
        <source>Give --count K or --for-seconds S, not both.</source>
        <translation>Anna --count K tai --for-seconds S, ei molempia.</translation>
    </message>
    <message>
        <source>Added fault rule %1.</source>
        <translation>Vikasääntö %1 lisätty.</translation>
    </message>
    <message>
        <source>No fault rules.</source>
        <translation>Ei vikasääntöjä.</translation>
    </message>
    <message>
        <source>--id takes the number of a fault rule (see fault list).</source>
        <translation>--id-arvon on oltava vikasäännön numero (katso fault list).</translation>
    </message>
    <message numerus="yes">
        <source>%n fault rule(s) cleared.</source>
        <translation>
            <numerusform>%n vikasääntö poistettu.</numerusform>
            <numerusform>%n vikasääntöä poistettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestUserRepository</name>
    <message>
        <source>A test user with this e-mail already exists.</source>
        <translation>Testikäyttäjä, jolla on tämä sähköpostiosoite, on jo olemassa.</translation>
    </message>
    <message>
        <source>A test user with the e-mail %1 already exists.</source>
        <translation>Testikäyttäjä, jonka sähköpostiosoite on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>The test user does not exist.</source>
        <translation>Testikäyttäjää ei ole olemassa.</translation>
    </message>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Sivu ei voi alkaa tai päättyä ennen ensimmäistä riviä.</translation>
    </message>
    <message>
        <source>A count cannot stop before zero.</source>
        <translation>Laskenta ei voi päättyä ennen nollaa.</translation>
    </message>
</context>
<context>
    <name>TestUserService</name>
    <message>
        <source>The test user needs an e-mail address.</source>
        <translation>Testikäyttäjälle tarvitaan sähköpostiosoite.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The test user needs a password.</source>
        <translation>Testikäyttäjälle tarvitaan salasana.</translation>
    </message>
    <message>
        <source>The password is longer than %1 characters.</source>
        <translation>Salasana on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The display name is longer than 200 characters.</source>
        <translation>Näyttönimi on yli 200 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Created test user</source>
        <translation>Luotiin testikäyttäjä</translation>
    </message>
    <message>
        <source>Cancelled; no test user was created.</source>
        <translation>Peruttu; testikäyttäjiä ei luotu.</translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 esiintyy kahdesti.</translation>
    </message>
    <message numerus="yes">
        <source>%n test users</source>
        <translation>
            <numerusform>%n testikäyttäjä</numerusform>
            <numerusform>%n testikäyttäjää</numerusform>
        </translation>
    </message>
    <message>
        <source>Created test users in bulk</source>
        <translation>Luotiin useita testikäyttäjiä kerralla</translation>
    </message>
    <message>
        <source>The test user no longer exists.</source>
        <translation>Testikäyttäjää ei enää ole olemassa.</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Näyttönimi ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>Display name changed to &quot;%1&quot;</source>
        <translation>Näyttönimeksi vaihdettiin ”%1”</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>salasanan nollaus</translation>
    </message>
    <message numerus="yes">
        <source>Password reset; %n session(s) revoked</source>
        <translation>
            <numerusform>Salasana nollattu; %n istunto mitätöity</numerusform>
            <numerusform>Salasana nollattu; %n istuntoa mitätöity</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned: cannot log in or refresh</source>
        <translation>Estetty: ei voi kirjautua eikä päivittää tunnuksia</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>Esto poistettu</translation>
    </message>
    <message>
        <source>Login lock lifted</source>
        <translation>Kirjautumislukitus avattu</translation>
    </message>
    <message>
        <source>Deleted test user and their sessions</source>
        <translation>Poistettiin testikäyttäjä ja hänen istuntonsa</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>the URL query holds %1</source>
        <translation>URL-kysely sisältää parametrin %1</translation>
    </message>
    <message>
        <source>the content type is not a form</source>
        <translation>sisältötyyppi ei ole lomake</translation>
    </message>
    <message>
        <source>the rate limit of this client address was reached</source>
        <translation>tämän asiakasosoitteen pyyntörajoitus saavutettiin</translation>
    </message>
    <message>
        <source>the password-hashing queue is full</source>
        <translation>salasanojen tiivistysjono on täynnä</translation>
    </message>
    <message>
        <source>the database could not save the grant, so it was not answered</source>
        <translation>tietokanta ei voinut tallentaa myönnettyä tunnusta, joten pyyntöön ei vastattu</translation>
    </message>
</context>
<context>
    <name>TokenRepository</name>
    <message>
        <source>A session with this ID already exists.</source>
        <translation>Istunto, jolla on tämä tunniste, on jo olemassa.</translation>
    </message>
    <message>
        <source>The application or test user of this session does not exist.</source>
        <translation>Tämän istunnon sovellusta tai testikäyttäjää ei ole olemassa.</translation>
    </message>
    <message>
        <source>This refresh token exists already.</source>
        <translation>Tämä päivitystunnus on jo olemassa.</translation>
    </message>
    <message>
        <source>A page cannot start or end before the first row.</source>
        <translation>Sivu ei voi alkaa tai päättyä ennen ensimmäistä riviä.</translation>
    </message>
    <message>
        <source>A count cannot stop before zero.</source>
        <translation>Laskenta ei voi päättyä ennen nollaa.</translation>
    </message>
    <message>
        <source>The test user was banned or their sessions were revoked meanwhile.</source>
        <translation>Testikäyttäjä on sillä välin estetty tai hänen istuntonsa on mitätöity.</translation>
    </message>
    <message>
        <source>Every session of the application was revoked meanwhile.</source>
        <translation>Kaikki sovelluksen istunnot on sillä välin mitätöity.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>the request has no grant_type</source>
        <translation>pyynnössä ei ole grant_type-parametria</translation>
    </message>
    <message>
        <source>grant type &apos;%1&apos; is not supported</source>
        <translation>grant-tyyppiä &apos;%1&apos; ei tueta</translation>
    </message>
    <message>
        <source>%1 applications cannot use the %2 grant</source>
        <translation>%1-sovellukset eivät voi käyttää %2-granttia</translation>
    </message>
    <message>
        <source>the %1 grant is disabled for this application</source>
        <translation>%1-grant on poistettu käytöstä tältä sovellukselta</translation>
    </message>
    <message>
        <source>the request names no client</source>
        <translation>pyyntö ei nimeä asiakasta</translation>
    </message>
    <message>
        <source>no application has this client ID</source>
        <translation>millään sovelluksella ei ole tätä asiakastunnusta</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>sovellus on poistettu käytöstä</translation>
    </message>
    <message>
        <source>the client secret is wrong</source>
        <translation>asiakassalaisuus on väärä</translation>
    </message>
    <message>
        <source>the %1 grant needs the client secret, and none was sent</source>
        <translation>%1-grant vaatii asiakassalaisuuden, eikä sitä lähetetty</translation>
    </message>
    <message>
        <source>scope &apos;%1&apos; was requested, but this grant issues &apos;%2&apos;</source>
        <translation>pyydettiin scopea &apos;%1&apos;, mutta tämä grant myöntää scopen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>anonymous token issued</source>
        <translation>anonyymi tunnus myönnetty</translation>
    </message>
    <message>
        <source>integration token issued</source>
        <translation>integraatiotunnus myönnetty</translation>
    </message>
    <message>
        <source>the password grant needs a username and a password</source>
        <translation>password-grant vaatii käyttäjänimen ja salasanan</translation>
    </message>
    <message>
        <source>no test user has this e-mail</source>
        <translation>yhdelläkään testikäyttäjällä ei ole tätä sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 on estetty</translation>
    </message>
    <message>
        <source>%1 is locked after repeated failed logins</source>
        <translation>%1 on lukittu toistuvien epäonnistuneiden kirjautumisten vuoksi</translation>
    </message>
    <message>
        <source>%1 failed logins within %2 minutes; locked until %3</source>
        <translation>%1 epäonnistunutta kirjautumista %2 minuutin sisällä; lukittu %3 asti</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>väärä salasana käyttäjälle %1</translation>
    </message>
    <message>
        <source>password login of %1</source>
        <translation>käyttäjän %1 salasanakirjautuminen</translation>
    </message>
    <message>
        <source>token exchange needs a subject_token</source>
        <translation>tunnuksen vaihto vaatii subject_token-parametrin</translation>
    </message>
    <message>
        <source>subject token: %1</source>
        <translation>subject token: %1</translation>
    </message>
    <message>
        <source>the subject token is not a user token</source>
        <translation>subject token ei ole käyttäjän tunnus</translation>
    </message>
    <message>
        <source>the subject token belongs to another application</source>
        <translation>subject token kuuluu toiselle sovellukselle</translation>
    </message>
    <message>
        <source>user token exchanged for trusted:user</source>
        <translation>käyttäjän tunnus vaihdettu trusted:user-tunnukseen</translation>
    </message>
    <message>
        <source>the refresh_token grant needs a refresh_token</source>
        <translation>refresh_token-grant vaatii refresh_token-parametrin</translation>
    </message>
    <message>
        <source>the refresh token is unknown</source>
        <translation>päivitystunnus on tuntematon</translation>
    </message>
    <message>
        <source>the refresh token belongs to another application</source>
        <translation>päivitystunnus kuuluu toiselle sovellukselle</translation>
    </message>
    <message>
        <source>the session was revoked after refresh-token reuse</source>
        <translation>istunto mitätöitiin päivitystunnuksen uudelleenkäytön jälkeen</translation>
    </message>
    <message>
        <source>the session was revoked</source>
        <translation>istunto on mitätöity</translation>
    </message>
    <message>
        <source>the session&apos;s user no longer exists</source>
        <translation>istunnon käyttäjää ei enää ole</translation>
    </message>
    <message>
        <source>the refresh token has expired</source>
        <translation>päivitystunnus on vanhentunut</translation>
    </message>
    <message>
        <source>the session was idle for longer than the idle timeout</source>
        <translation>istunto oli käyttämättä joutoajan rajaa pidempään</translation>
    </message>
    <message>
        <source>refresh token rotated</source>
        <translation>päivitystunnus kierrätetty</translation>
    </message>
    <message>
        <source>refresh token repeated within the %1 s grace window: same successor</source>
        <translation>päivitystunnus toistettiin %1 s:n armonajan sisällä: sama seuraaja</translation>
    </message>
    <message>
        <source>a refresh token was used again %1 s after rotation, past the %2 s grace window</source>
        <translation>päivitystunnusta käytettiin uudelleen %1 s kierrätyksen jälkeen, %2 s:n armonajan jälkeen</translation>
    </message>
    <message>
        <source>a refresh token %1 rotations old was used again</source>
        <translation>%1 kierrätystä vanhaa päivitystunnusta käytettiin uudelleen</translation>
    </message>
    <message>
        <source>%1; the session was revoked</source>
        <translation>%1; istunto mitätöitiin</translation>
    </message>
    <message>
        <source>refresh token already used: session revoked (%1)</source>
        <translation>päivitystunnus on jo käytetty: istunto mitätöity (%1)</translation>
    </message>
    <message>
        <source>IdP login (auth_with_idp) is not enabled for this application</source>
        <translation>IdP-kirjautuminen (auth_with_idp) ei ole käytössä tässä sovelluksessa</translation>
    </message>
    <message>
        <source>an IdP login needs idp_id, idp_client_id and idp_token</source>
        <translation>IdP-kirjautuminen vaatii parametrit idp_id, idp_client_id ja idp_token</translation>
    </message>
    <message>
        <source>IdP login of %1 with %2</source>
        <translation>IdP-kirjautuminen: %1 palvelulla %2</translation>
    </message>
    <message>
        <source>logged in with the identity provider %1</source>
        <translation>kirjauduttiin identiteetintarjoajalla %1</translation>
    </message>
    <message>
        <source>the subject token is a login-as token</source>
        <translation>subject-tunnus on käyttäjänä kirjautumisen tunnus</translation>
    </message>
    <message>
        <source>the user was banned or signed out while this grant ran</source>
        <translation>käyttäjä estettiin tai kirjattiin ulos tämän grantin aikana</translation>
    </message>
    <message>
        <source>the user was banned while this grant ran</source>
        <translation>käyttäjä estettiin tämän grantin aikana</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or unavailable.</source>
        <translation>Tietokanta on varattu tai ei käytettävissä.</translation>
    </message>
    <message>
        <source>The database could not save the change.</source>
        <translation>Tietokanta ei voinut tallentaa muutosta.</translation>
    </message>
</context>
<context>
    <name>TryItResult</name>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Hylätty (%1): %2</translation>
    </message>
    <message>
        <source>Issued: %1.</source>
        <translation>Myönnetty: %1.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>--email is required: the test user&apos;s e-mail.</source>
        <translation>--email on pakollinen: testikäyttäjän sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Created the test user %1.</source>
        <translation>Luotiin testikäyttäjä %1.</translation>
    </message>
    <message>
        <source>Password:  %1
Copy it now: AuthDesk shows it only once.</source>
        <translation>Salasana:  %1
Kopioi se nyt: AuthDesk näyttää sen vain kerran.</translation>
    </message>
    <message>
        <source>No test users.</source>
        <translation>Ei testikäyttäjiä.</translation>
    </message>
    <message>
        <source>%1 is banned: logins and refreshes are refused.</source>
        <translation>%1 on estetty: kirjautumiset ja tunnusten päivitykset hylätään.</translation>
    </message>
    <message>
        <source>%1 is no longer banned.</source>
        <translation>%1 ei ole enää estetty.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>Käyttäjän %1 lukitus on avattu.</translation>
    </message>
    <message numerus="yes">
        <source>New password for %1; %n session(s) revoked.</source>
        <translation>
            <numerusform>Uusi salasana käyttäjälle %1; %n istunto mitätöity.</numerusform>
            <numerusform>Uusi salasana käyttäjälle %1; %n istuntoa mitätöity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationDetailPane</name>
    <message>
        <source>client_credentials: anonymous access, or the application as itself</source>
        <translation>client_credentials: anonyymi käyttö tai sovellus omissa nimissään</translation>
    </message>
    <message>
        <source>password: users log in with e-mail and password</source>
        <translation>password: käyttäjät kirjautuvat sähköpostiosoitteella ja salasanalla</translation>
    </message>
    <message>
        <source>refresh_token: stay logged in with refresh tokens</source>
        <translation>refresh_token: kirjautuminen pysyy voimassa päivitystunnuksilla</translation>
    </message>
    <message>
        <source>token_exchange: trusted user tokens for a backend</source>
        <translation>token_exchange: luotetun käyttäjän tunnukset taustapalvelulle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>End sessions unused for</source>
        <translation>Päätä istunto, jos käyttämättä yli</translation>
    </message>
    <message>
        <source>Enabled: token requests with this client ID are answered</source>
        <translation>Käytössä: tämän asiakastunnuksen tunnuspyyntöihin vastataan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Peru muutokset</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Vaihda salaisuus…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Copy the client ID to the clipboard</source>
        <translation>Kopioi asiakastunnus leikepöydälle</translation>
    </message>
    <message>
        <source>One origin per line, such as http://localhost:3000</source>
        <translation>Yksi alkuperä riviä kohden, esimerkiksi http://localhost:3000</translation>
    </message>
    <message>
        <source>How long the previous refresh token still answers after a rotation, for clients that retry a lost response. 0 turns the grace off.</source>
        <translation>Kuinka kauan edellinen päivitystunnus vielä toimii vaihdon jälkeen, jotta asiakkaat voivat yrittää uudelleen kadonneen vastauksen jälkeen. 0 poistaa armonajan käytöstä.</translation>
    </message>
    <message>
        <source>A session whose refresh token is not used for this long ends.</source>
        <translation>Istunto päättyy, jos sen päivitystunnusta ei käytetä näin pitkään aikaan.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tyyppi:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Asiakastunnus:</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Myöntötavat</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tunnukset</translation>
    </message>
    <message>
        <source>&amp;Access-token lifetime:</source>
        <translation>&amp;Käyttötunnuksen voimassaolo:</translation>
    </message>
    <message>
        <source>Re&amp;fresh-token lifetime:</source>
        <translation>Päivitystunnuksen v&amp;oimassaolo:</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Käyttämättömyysraja:</translation>
    </message>
    <message>
        <source>Rotation &amp;grace window:</source>
        <translation>Vaihdon &amp;armonaika:</translation>
    </message>
    <message>
        <source>Browser origins (CORS)</source>
        <translation>Selainalkuperät (CORS)</translation>
    </message>
    <message>
        <source>The previous secret also works until %1.</source>
        <translation>Edellinen salaisuus toimii myös %1 asti.</translation>
    </message>
    <message>
        <source>No secret: only public requests are possible. Rotate to set one.</source>
        <translation>Ei salaisuutta: vain julkiset pyynnöt ovat mahdollisia. Aseta salaisuus toiminnolla ”Vaihda salaisuus”.</translation>
    </message>
    <message>
        <source>Has a secret. AuthDesk cannot show it; rotate to get a new one.</source>
        <translation>Salaisuus on asetettu. AuthDesk ei voi näyttää sitä; saat uuden vaihtamalla salaisuuden.</translation>
    </message>
    <message>
        <source>auth_with_idp: users log in with an identity provider</source>
        <translation>auth_with_idp: käyttäjät kirjautuvat identiteetintarjoajan kautta</translation>
    </message>
    <message>
        <source>authorization_code: operators log in as a user (login-as)</source>
        <translation>authorization_code: ylläpitäjät kirjautuvat käyttäjänä (login-as)</translation>
    </message>
    <message>
        <source>Log in as a user</source>
        <translation>Kirjaudu käyttäjänä</translation>
    </message>
    <message>
        <source>Approve login-as requests automatically (no approval page)</source>
        <translation>Hyväksy käyttäjänä kirjautumisen pyynnöt automaattisesti (ei hyväksyntäsivua)</translation>
    </message>
    <message>
        <source>The marketplace&apos;s root URL, such as http://localhost:3000</source>
        <translation>Markkinapaikan juuri-URL, esimerkiksi http://localhost:3000</translation>
    </message>
    <message>
        <source>Where the marketplace runs. Login-as redirects only to this origin; without it, Log in as… is not possible.</source>
        <translation>Missä markkinapaikka toimii. Käyttäjänä kirjautuminen ohjaa vain tähän alkuperään; ilman sitä Kirjaudu käyttäjänä… ei ole mahdollista.</translation>
    </message>
    <message>
        <source>dev: login-as tokens have the user scope</source>
        <translation>dev: käyttäjänä kirjautumisen tunnuksilla on user-scope</translation>
    </message>
    <message>
        <source>test: login-as tokens have the user scope</source>
        <translation>test: käyttäjänä kirjautumisen tunnuksilla on user-scope</translation>
    </message>
    <message>
        <source>live: login-as tokens are limited (user:limited)</source>
        <translation>live: käyttäjänä kirjautumisen tunnukset ovat rajoitettuja (user:limited)</translation>
    </message>
    <message>
        <source>&amp;Marketplace URL:</source>
        <translation>Markkinapaikan &amp;URL:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Ympä&amp;ristö:</translation>
    </message>
    <message>
        <source>Not a web address. Write the marketplace&apos;s root URL as http(s)://host[:port], such as http://localhost:3000.</source>
        <translation>Ei verkko-osoite. Kirjoita markkinapaikan juuri-URL muodossa http(s)://host[:port], esimerkiksi http://localhost:3000.</translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationTableModel</name>
    <message>
        <source>Marketplace</source>
        <translation>Markkinapaikka</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integraatio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Pois käytöstä</translation>
    </message>
    <message>
        <source>Token requests with this client ID are refused.</source>
        <translation>Tämän asiakastunnuksen tunnuspyynnöt hylätään.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Asiakastunnus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Viimeksi käytetty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>authdesk::ApplicationsPage</name>
    <message>
        <source>No applications yet</source>
        <translation>Ei vielä sovelluksia</translation>
    </message>
    <message>
        <source>Applications are the clients of the Authentication API. Each one gets a client ID and a secret that is shown once. Create one to let the Sharetribe SDK log in against AuthDesk.</source>
        <translation>Sovellukset ovat Authentication API:n asiakkaita. Kukin saa asiakastunnuksen ja asiakassalaisuuden, joka näytetään vain kerran. Luo sovellus, jotta Sharetribe SDK voi kirjautua AuthDeskin kautta.</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Uusi sovellus…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Uusi sovellus…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Delete application…</source>
        <translation>Poista sovellus…</translation>
    </message>
    <message>
        <source>Find application</source>
        <translation>Etsi sovellusta</translation>
    </message>
    <message>
        <source>Filter by name, type or client ID (Ctrl+F)</source>
        <translation>Suodata nimen, tyypin tai asiakastunnuksen mukaan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create an application and show its secret once (Ctrl+N)</source>
        <translation>Luo sovellus ja näytä sen salaisuus kerran (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the applications again (F5)</source>
        <translation>Lataa sovellukset uudelleen (F5)</translation>
    </message>
    <message>
        <source>The applications could not be loaded.</source>
        <translation>Sovelluksia ei voitu ladata.</translation>
    </message>
    <message>
        <source>The application could not be created.</source>
        <translation>Sovellusta ei voitu luoda.</translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; were not saved.</source>
        <translation>Sovelluksen ”%1” asetuksia ei tallennettu.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Vaihda salaisuus</translation>
    </message>
    <message>
        <source>A new secret for &quot;%1&quot; is made and shown once.

For how many hours should the old secret keep working, so clients can move to the new one? 0 stops it at once.</source>
        <translation>Sovellukselle ”%1” luodaan uusi salaisuus, joka näytetään kerran.

Kuinka monta tuntia vanhan salaisuuden pitäisi vielä toimia, jotta asiakkaat ehtivät siirtyä uuteen? 0 lopettaa sen heti.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Vaihda</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; was not rotated.</source>
        <translation>Sovelluksen ”%1” salaisuutta ei vaihdettu.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?

Every client that uses the client ID %2 stops working at once: its token requests are refused, and all of the application&apos;s sessions end, so its users are logged out. This cannot be undone.</source>
        <translation>Poistetaanko ”%1”?

Jokainen asiakas, joka käyttää asiakastunnusta %2, lakkaa toimimasta heti: sen tunnuspyynnöt hylätään ja kaikki sovelluksen istunnot päättyvät, joten sen käyttäjät kirjataan ulos. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Poista sovellus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted.</source>
        <translation>Sovellusta ”%1” ei poistettu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>Sovellus ”%1” tallennettu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>Sovellus ”%1” poistettu.</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditLogModel</name>
    <message>
        <source>Security event</source>
        <translation>Tietoturvatapahtuma</translation>
    </message>
    <message>
        <source>Admin action</source>
        <translation>Ylläpitotoimi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>authdesk::AuditPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <source>Filter by actor, action, target or reason</source>
        <translation>Suodata tekijän, toiminnon, kohteen tai syyn mukaan</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Ylläpitotoimet</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Tietoturvatapahtumat</translation>
    </message>
    <message>
        <source>Save every event that matches the filter as a CSV file only you can read.</source>
        <translation>Tallenna jokainen suodatinta vastaava tapahtuma CSV-tiedostoon, jota vain sinä voit lukea.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Tarkastuslokia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Nothing audited yet. Admin actions and security events appear here.</source>
        <translation>Tarkastuslokissa ei ole vielä mitään. Ylläpitotoimet ja tietoturvatapahtumat näkyvät täällä.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Mikään tapahtuma ei vastaa suodatinta.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tapahtuma</numerusform>
            <numerusform>%n tapahtumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Vie tarkastusloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>The audit log could not be exported.</source>
        <translation>Tarkastuslokia ei voitu viedä.</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Tarkastusloki viety</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n tapahtuma kirjoitettiin tiedostoon %1.</numerusform>
            <numerusform>%n tapahtumaa kirjoitettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %L1 events</source>
        <translation>Yli %L1 tapahtumaa</translation>
    </message>
</context>
<context>
    <name>authdesk::AuthServer</name>
    <message>
        <source>Cannot listen on %1 port %2: the address is not available or the port is in use.</source>
        <translation>Osoitteen %1 porttia %2 ei voi kuunnella: osoite ei ole käytettävissä tai portti on varattu.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Portti %1 on toisen ohjelman käytössä.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>Osoite %1 ei kuulu tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights (as do all ports below 1024).</source>
        <translation>Portti %1 vaatii järjestelmänvalvojan oikeudet (kuten kaikki porttia 1024 pienemmät portit).</translation>
    </message>
</context>
<context>
    <name>authdesk::BuiltinIdp</name>
    <message>
        <source>The built-in identity provider has no key-encryption key.</source>
        <translation>Sisäänrakennetulla identiteetintarjoajalla ei ole avaimen salausavainta.</translation>
    </message>
    <message>
        <source>The built-in identity provider&apos;s key could not be stored.</source>
        <translation>Sisäänrakennetun identiteetintarjoajan avainta ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The built-in identity provider&apos;s key cannot be decrypted with this key-encryption key.</source>
        <translation>Sisäänrakennetun identiteetintarjoajan avaimen salausta ei voi purkaa tällä avaimen salausavaimella.</translation>
    </message>
    <message>
        <source>no client_id</source>
        <translation>client_id puuttuu</translation>
    </message>
    <message>
        <source>the redirect_uri is missing or not an http or https URL</source>
        <translation>redirect_uri puuttuu tai se ei ole http- tai https-URL</translation>
    </message>
    <message>
        <source>the response_type is not code</source>
        <translation>response_type ei ole code</translation>
    </message>
    <message>
        <source>the scope does not include openid</source>
        <translation>scope ei sisällä arvoa openid</translation>
    </message>
    <message>
        <source>no S256 code challenge</source>
        <translation>S256-muotoinen code_challenge puuttuu</translation>
    </message>
    <message>
        <source>the identity page for client %1</source>
        <translation>identiteettisivu asiakkaalle %1</translation>
    </message>
    <message>
        <source>the test users cannot be read: %1</source>
        <translation>testikäyttäjiä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>a test user was picked, but no identity provider names this issuer</source>
        <translation>testikäyttäjä valittiin, mutta mikään identiteetintarjoaja ei nimeä tätä myöntäjää</translation>
    </message>
    <message>
        <source>the picked test user does not exist</source>
        <translation>valittua testikäyttäjää ei ole olemassa</translation>
    </message>
    <message>
        <source>the typed e-mail is not an e-mail address</source>
        <translation>kirjoitettu sähköposti ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>the code cannot be stored: %1</source>
        <translation>koodia ei voi tallentaa: %1</translation>
    </message>
    <message>
        <source>a code for %1</source>
        <translation>koodi käyttäjälle %1</translation>
    </message>
    <message>
        <source>the grant type is not authorization_code</source>
        <translation>myöntötapa ei ole authorization_code</translation>
    </message>
    <message>
        <source>a parameter of the code exchange is missing</source>
        <translation>koodinvaihdon parametri puuttuu</translation>
    </message>
    <message>
        <source>the code is unknown, used or expired</source>
        <translation>koodi on tuntematon, jo käytetty tai vanhentunut</translation>
    </message>
    <message>
        <source>the client_id differs from the authorization request&apos;s</source>
        <translation>client_id poikkeaa valtuutuspyynnön arvosta</translation>
    </message>
    <message>
        <source>the redirect_uri differs from the authorization request&apos;s</source>
        <translation>redirect_uri poikkeaa valtuutuspyynnön arvosta</translation>
    </message>
    <message>
        <source>the PKCE verifier does not match</source>
        <translation>PKCE:n code_verifier ei täsmää</translation>
    </message>
    <message>
        <source>signing the ID token failed</source>
        <translation>ID-tunnuksen allekirjoittaminen epäonnistui</translation>
    </message>
    <message>
        <source>the access token is unknown or expired</source>
        <translation>käyttötunnus on tuntematon tai vanhentunut</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkCreateDialog</name>
    <message>
        <source>Test User {n}</source>
        <translation>Testikäyttäjä {n}</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>Create test users in bulk</source>
        <translation>Luo useita testikäyttäjiä kerralla</translation>
    </message>
    <message>
        <source>The same for every user</source>
        <translation>Sama kaikille käyttäjille</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Määrä:</translation>
    </message>
    <message>
        <source>&amp;E-mail pattern:</source>
        <translation>&amp;Sähköpostin malli:</translation>
    </message>
    <message>
        <source>&amp;Display-name pattern:</source>
        <translation>&amp;Näyttönimen malli:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>Put {n} in the e-mail pattern: every user needs an e-mail address of their own.</source>
        <translation>Lisää sähköpostin malliin {n}: jokainen käyttäjä tarvitsee oman sähköpostiosoitteen.</translation>
    </message>
    <message>
        <source>Creates %1 (%2).</source>
        <translation>Luo käyttäjän %1 (%2).</translation>
    </message>
    <message>
        <source>Creates %1 (%2) … %3 (%4).</source>
        <translation>Luo käyttäjät %1 (%2) … %3 (%4).</translation>
    </message>
</context>
<context>
    <name>authdesk::ClockBanner</name>
    <message>
        <source>Back to real time</source>
        <translation>Takaisin todelliseen aikaan</translation>
    </message>
    <message>
        <source>The clock is moved by %1 seconds (Test controls): tokens are issued, expire and lock out in that time, in every AuthDesk on this database.</source>
        <translation>Kelloa on siirretty %1 sekuntia (Testiohjaus): tunnusten myöntäminen, vanheneminen ja lukitukset noudattavat tätä aikaa kaikissa tätä tietokantaa käyttävissä AuthDeskeissä.</translation>
    </message>
</context>
<context>
    <name>authdesk::CompactJws</name>
    <message>
        <source>The token is not a compact JWS.</source>
        <translation>Tunnus ei ole kompakti JWS.</translation>
    </message>
</context>
<context>
    <name>authdesk::DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>sekunti</numerusform>
            <numerusform>sekuntia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minuutti</numerusform>
            <numerusform>minuuttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>tunti</numerusform>
            <numerusform>tuntia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>päivä</numerusform>
            <numerusform>päivää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::IdTokenVerifier</name>
    <message>
        <source>no identity provider has the ID &apos;%1&apos;</source>
        <translation>millään identiteetintarjoajalla ei ole tunnistetta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>idp_client_id is neither %1&apos;s client ID nor a trusted one</source>
        <translation>idp_client_id ei ole palvelun %1 asiakastunnus eikä luotettu asiakastunnus</translation>
    </message>
    <message>
        <source>the ID token is not a compact JWS</source>
        <translation>ID-tunnus ei ole kompakti JWS</translation>
    </message>
    <message>
        <source>the ID token is signed with &apos;%1&apos;; only RS256 is accepted</source>
        <translation>ID-tunnus on allekirjoitettu algoritmilla &apos;%1&apos;; vain RS256 hyväksytään</translation>
    </message>
    <message>
        <source>the ID token&apos;s header names no kid</source>
        <translation>ID-tunnuksen otsake ei nimeä kid-arvoa</translation>
    </message>
    <message>
        <source>the keys of %1 could not be fetched: %2</source>
        <translation>palvelun %1 avaimia ei voitu hakea: %2</translation>
    </message>
    <message>
        <source>no key of %1 has the ID token&apos;s kid</source>
        <translation>millään palvelun %1 avaimella ei ole ID-tunnuksen kid-arvoa</translation>
    </message>
    <message>
        <source>%1&apos;s key for this kid is not a usable RSA key</source>
        <translation>palvelun %1 avain tälle kid-arvolle ei ole käyttökelpoinen RSA-avain</translation>
    </message>
    <message>
        <source>the ID token&apos;s signature does not verify</source>
        <translation>ID-tunnuksen allekirjoitus ei ole kelvollinen</translation>
    </message>
    <message>
        <source>the ID token&apos;s iss is not %1&apos;s issuer</source>
        <translation>ID-tunnuksen iss ei ole palvelun %1 myöntäjä (issuer)</translation>
    </message>
    <message>
        <source>the ID token&apos;s aud does not contain idp_client_id</source>
        <translation>ID-tunnuksen aud ei sisällä idp_client_id-arvoa</translation>
    </message>
    <message>
        <source>the ID token has expired</source>
        <translation>ID-tunnus on vanhentunut</translation>
    </message>
    <message>
        <source>the ID token was issued in the future</source>
        <translation>ID-tunnus on myönnetty tulevaisuudessa</translation>
    </message>
    <message>
        <source>the ID token has no sub</source>
        <translation>ID-tunnuksessa ei ole sub-arvoa</translation>
    </message>
</context>
<context>
    <name>authdesk::IdentityProvidersPage</name>
    <message>
        <source>&amp;New provider</source>
        <translation>&amp;Uusi tarjoaja</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>&amp;Test discovery</source>
        <translation>Testaa &amp;discovery</translation>
    </message>
    <message>
        <source>e.g. google or my-sso</source>
        <translation>esim. google tai my-sso</translation>
    </message>
    <message>
        <source>e.g. Google</source>
        <translation>esim. Google</translation>
    </message>
    <message>
        <source>e.g. https://accounts.google.com</source>
        <translation>esim. https://accounts.google.com</translation>
    </message>
    <message>
        <source>The marketplace&apos;s client ID at the IdP</source>
        <translation>Markkinapaikan asiakastunnus IdP:ssä</translation>
    </message>
    <message>
        <source>Other client IDs whose tokens are accepted, one per line</source>
        <translation>Muut asiakastunnukset, joiden tunnukset hyväksytään, yksi riviä kohden</translation>
    </message>
    <message>
        <source>Empty: found through the issuer&apos;s OpenID configuration</source>
        <translation>Tyhjä: haetaan myöntäjän OpenID-määrityksistä</translation>
    </message>
    <message>
        <source>Test discovery fetches the issuer&apos;s OpenID configuration and its JWKS, and shows what it found.</source>
        <translation>Testaa discovery hakee myöntäjän OpenID-määritykset ja sen JWKS-joukon ja näyttää, mitä löytyi.</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s metadata and keys now, as an IdP login would</source>
        <translation>Hae myöntäjän metatiedot ja avaimet nyt samoin kuin IdP-kirjautuminen tekisi</translation>
    </message>
    <message>
        <source>IdP &amp;ID:</source>
        <translation>IdP:n tunn&amp;iste:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Myöntäjän URL:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Asiakastunnus:</translation>
    </message>
    <message>
        <source>T&amp;rusted client IDs:</source>
        <translation>&amp;Luotetut asiakastunnukset:</translation>
    </message>
    <message>
        <source>&amp;JWKS URL (optional):</source>
        <translation>&amp;JWKS-URL (valinnainen):</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Discovery:</translation>
    </message>
    <message>
        <source>The identity providers could not be loaded.</source>
        <translation>Identiteetintarjoajia ei voitu ladata.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>Li&amp;sää tarjoaja</translation>
    </message>
    <message>
        <source>Remove identity provider</source>
        <translation>Poista identiteetintarjoaja</translation>
    </message>
    <message>
        <source>Remove %1? Logins with it stop at once, and every identity linked through it is unlinked.</source>
        <translation>Poistetaanko %1? Kirjautumiset sen kautta lakkaavat heti, ja jokaisen sen kautta linkitetyn identiteetin linkitys poistetaan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>The identity provider could not be removed.</source>
        <translation>Identiteetintarjoajaa ei voitu poistaa.</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>Haetaan %1 …</translation>
    </message>
    <message>
        <source>Discovery failed: %1

IdP logins with this provider would answer 503 temporarily_unavailable. Check the issuer URL (or the JWKS URL).</source>
        <translation>Discovery epäonnistui: %1

Tämän tarjoajan IdP-kirjautumisiin vastattaisiin 503 temporarily_unavailable. Tarkista myöntäjän URL (tai JWKS-URL).</translation>
    </message>
    <message>
        <source>Issuer in the metadata: %1</source>
        <translation>Myöntäjä metatiedoissa: %1</translation>
    </message>
    <message>
        <source>Warning: this differs from the issuer URL above, so every token would be refused (iss).</source>
        <translation>Varoitus: tämä poikkeaa yllä olevasta myöntäjän URL:stä, joten jokainen tunnus hylättäisiin (iss).</translation>
    </message>
    <message>
        <source>JWKS: %1</source>
        <translation>JWKS: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signing key(s) with a kid: %1</source>
        <translation>
            <numerusform>%n allekirjoitusavain, jolla on kid: %1</numerusform>
            <numerusform>%n allekirjoitusavainta, joilla on kid: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) without a kid are ignored.</source>
        <translation>
            <numerusform>%n avain ilman kid-arvoa ohitetaan.</numerusform>
            <numerusform>%n avainta ilman kid-arvoa ohitetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add AuthDesk&apos;s &amp;built-in test IdP</source>
        <translation>Lisää AuthDeskin &amp;oma testi-IdP</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 on jo luettelossa.</translation>
    </message>
    <message>
        <source>Start the server first: the test identity provider is served by it, under /idp/.</source>
        <translation>Käynnistä ensin palvelin: testi-identiteetintarjoaja toimii sen alla polussa /idp/.</translation>
    </message>
    <message>
        <source>Adds the identity provider %1 with the issuer %2, so that loginWithIdp accepts the ID tokens of AuthDesk&apos;s built-in test identity provider (client ID %3).</source>
        <translation>Lisää identiteetintarjoajan %1 myöntäjällä %2, jotta loginWithIdp hyväksyy AuthDeskin sisäänrakennetun testi-identiteetintarjoajan ID-tunnukset (asiakastunnus %3).</translation>
    </message>
    <message>
        <source>AuthDesk test IdP</source>
        <translation>AuthDeskin testi-IdP</translation>
    </message>
</context>
<context>
    <name>authdesk::IdpUserLinker</name>
    <message>
        <source>the linked test user no longer exists</source>
        <translation>linkitettyä testikäyttäjää ei enää ole olemassa</translation>
    </message>
    <message>
        <source>no test user is linked to this %1 identity, and the token has no e-mail</source>
        <translation>tähän %1-identiteettiin ei ole linkitetty testikäyttäjää, eikä tunnuksessa ole sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>no test user is linked to this %1 identity, and the token&apos;s e-mail is not verified</source>
        <translation>tähän %1-identiteettiin ei ole linkitetty testikäyttäjää, eikä tunnuksen sähköpostiosoitetta ole vahvistettu</translation>
    </message>
    <message>
        <source>no test user has the token&apos;s e-mail</source>
        <translation>yhdelläkään testikäyttäjällä ei ole tunnuksen sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>%1&apos;s e-mail is not verified, so the identity is not linked</source>
        <translation>käyttäjän %1 sähköpostiosoitetta ei ole vahvistettu, joten identiteettiä ei linkitetä</translation>
    </message>
    <message>
        <source>linked to the %1 identity by verified e-mail</source>
        <translation>linkitetty %1-identiteettiin vahvistetun sähköpostiosoitteen perusteella</translation>
    </message>
    <message>
        <source>%1 is banned</source>
        <translation>%1 on estetty</translation>
    </message>
</context>
<context>
    <name>authdesk::JwksCache</name>
    <message>
        <source>shutting down</source>
        <translation>sammutetaan</translation>
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
        <translation>%1 ei nimeä jwks_uri-arvoa.</translation>
    </message>
    <message>
        <source>%1 is not a JWKS (it has no keys array).</source>
        <translation>%1 ei ole JWKS (siinä ei ole keys-taulukkoa).</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>ei http- tai https-URL-osoite</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ei vastausta ajoissa</translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation>ei tavoitettavissa (%1)</translation>
    </message>
    <message>
        <source>answered HTTP %1</source>
        <translation>vastasi HTTP %1</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>vastaus on liian suuri</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>vastaus ei ole JSON-objekti</translation>
    </message>
</context>
<context>
    <name>authdesk::LinkedIdentitiesPanel</name>
    <message>
        <source>Un&amp;link identity…</source>
        <translation>Poista identiteetin lin&amp;kitys…</translation>
    </message>
    <message>
        <source>The user can no longer log in with this identity until it is linked again (by a login with a verified e-mail)</source>
        <translation>Käyttäjä ei voi kirjautua tällä identiteetillä ennen kuin se linkitetään uudelleen (kirjautumalla vahvistetulla sähköpostiosoitteella)</translation>
    </message>
    <message>
        <source>Select a test user to see their e-mail verification and linked identities.</source>
        <translation>Valitse testikäyttäjä nähdäksesi hänen sähköpostinsa vahvistuksen ja linkitetyt identiteetit.</translation>
    </message>
    <message>
        <source>E-mail verified: yes. An IdP login with a verified e-mail of %1 links to this user.</source>
        <translation>Sähköposti vahvistettu: kyllä. IdP-kirjautuminen vahvistetulla sähköpostiosoitteella %1 linkitetään tähän käyttäjään.</translation>
    </message>
    <message>
        <source>E-mail verified: no. IdP logins are not matched to this user by e-mail.</source>
        <translation>Sähköposti vahvistettu: ei. IdP-kirjautumisia ei yhdistetä tähän käyttäjään sähköpostiosoitteen perusteella.</translation>
    </message>
    <message>
        <source>The linked identities could not be read: %1</source>
        <translation>Linkitettyjä identiteettejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>No linked identities.</source>
        <translation>Ei linkitettyjä identiteettejä.</translation>
    </message>
    <message>
        <source>%1: %2 (linked %3)</source>
        <translation>%1: %2 (linkitetty %3)</translation>
    </message>
    <message>
        <source>Unlink identity</source>
        <translation>Poista identiteetin linkitys</translation>
    </message>
    <message>
        <source>Unlink %1&apos;s %2 identity? The next login with it needs a verified e-mail to link again.</source>
        <translation>Poistetaanko käyttäjän %1 %2-identiteetin linkitys? Seuraava kirjautuminen sillä vaatii vahvistetun sähköpostiosoitteen, jotta se linkitetään uudelleen.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Poista linkitys</translation>
    </message>
    <message>
        <source>The identity could not be unlinked.</source>
        <translation>Identiteetin linkitystä ei voitu poistaa.</translation>
    </message>
</context>
<context>
    <name>authdesk::LoginAsButton</name>
    <message>
        <source>Log &amp;in as…</source>
        <translation>K&amp;irjaudu käyttäjänä…</translation>
    </message>
    <message>
        <source>Select a test user to log in as.</source>
        <translation>Valitse testikäyttäjä, jona haluat kirjautua.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Yhtään tietokantaa ei ole avattu.</translation>
    </message>
    <message>
        <source>%1 is banned; unban the user to log in as them.</source>
        <translation>%1 on estetty; poista esto, jotta voit kirjautua tänä käyttäjänä.</translation>
    </message>
    <message>
        <source>There is no marketplace application. Create one on the Applications page.</source>
        <translation>Markkinapaikkasovellusta ei ole. Luo sellainen Sovellukset-sivulla.</translation>
    </message>
    <message>
        <source>No marketplace application has a marketplace URL (with the authorization_code grant and the application enabled). Set one on the Applications page.</source>
        <translation>Millään markkinapaikkasovelluksella ei ole markkinapaikan URL-osoitetta (authorization_code-myöntötapa ja sovellus käytössä). Aseta se Sovellukset-sivulla.</translation>
    </message>
    <message>
        <source>Open %1 in the browser, logged in as %2</source>
        <translation>Avaa %1 selaimessa käyttäjänä %2 kirjautuneena</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose the marketplace to open, logged in as %1</source>
        <translation>Valitse avattava markkinapaikka, jolle kirjaudutaan käyttäjänä %1</translation>
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
        <translation>Sovellukset</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Ei vielä sovelluksia</translation>
    </message>
    <message>
        <source>Applications are the clients of the Authentication API. Each one gets a client ID and a secret that is shown once. Create one to let the Sharetribe SDK log in against AuthDesk.</source>
        <translation>Sovellukset ovat Authentication API:n asiakkaita. Kukin saa asiakastunnuksen ja asiakassalaisuuden, joka näytetään vain kerran. Luo sovellus, jotta Sharetribe SDK voi kirjautua AuthDeskin kautta.</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Testikäyttäjät</translation>
    </message>
    <message>
        <source>No test users yet</source>
        <translation>Ei vielä testikäyttäjiä</translation>
    </message>
    <message>
        <source>Test users log in with the password grant. Create them here to try login flows; you can reset their passwords, ban them or lift a lockout.</source>
        <translation>Testikäyttäjät kirjautuvat password-myöntötavalla. Luo heitä täällä kirjautumisten kokeilemista varten; voit nollata heidän salasanansa, estää heidät tai avata lukituksen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Istunnot</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Ei vielä istuntoja</translation>
    </message>
    <message>
        <source>Every login starts a session: a family of refresh tokens. They appear here with their user and application, and can be revoked with a reason.</source>
        <translation>Jokainen kirjautuminen aloittaa istunnon eli päivitystunnusten perheen. Istunnot näkyvät täällä käyttäjineen ja sovelluksineen, ja ne voi mitätöidä syyn kera.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Ei vielä pyyntöjä</translation>
    </message>
    <message>
        <source>Every call to the token endpoint is listed here as it happens, with the decision and its reason in plain words. Secrets are never shown.</source>
        <translation>Jokainen tunnuspäätepisteen kutsu näkyy täällä heti, ja päätös ja sen syy kerrotaan selkokielellä. Salaisuuksia ei koskaan näytetä.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Nothing audited yet</source>
        <translation>Tarkastuslokissa ei vielä mitään</translation>
    </message>
    <message>
        <source>Admin actions and security events, such as a revoked session or a reused refresh token, are recorded here with who did what and why.</source>
        <translation>Ylläpitotoimet ja tietoturvatapahtumat, kuten mitätöity istunto tai uudelleen käytetty päivitystunnus, kirjataan tänne: kuka teki mitä ja miksi.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>The local Authentication API: its address, its state, and the browser origins it allows. Point the Sharetribe SDK&apos;s baseUrl at it.</source>
        <translation>Paikallinen Authentication API: sen osoite, tila ja sallitut selainalkuperät. Aseta Sharetribe SDK:n baseUrl osoittamaan siihen.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Kokeile</translation>
    </message>
    <message>
        <source>Issue a token from the console for an application and a test user, and see the token response and its decoded claims.</source>
        <translation>Myönnä konsolista tunnus sovellukselle ja testikäyttäjälle ja tarkastele tunnusvastausta ja sen purettuja väitteitä (claims).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>AuthDesk — %1</source>
        <translation>AuthDesk — %1</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Yhdistä &amp;PostgreSQL-tietokantaan…</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Käytä &amp;paikallista tietokantaa</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Käytä paikallista tietokantaa</translation>
    </message>
    <message>
        <source>AuthDesk will reopen on the database file on this computer and stop using %1. Nothing is copied between the two.</source>
        <translation>AuthDesk avautuu uudelleen tämän tietokoneen tietokantatiedostolla ja lakkaa käyttämästä tietokantaa %1. Mitään ei kopioida niiden välillä.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identiteetintarjoajat</translation>
    </message>
    <message>
        <source>OpenID Connect providers (Google, an SSO, a mock IdP) whose ID tokens log test users in through the SDK&apos;s loginWithIdp.</source>
        <translation>OpenID Connect -tarjoajat (Google, SSO-palvelu, testi-IdP), joiden ID-tunnuksilla testikäyttäjät kirjautuvat SDK:n loginWithIdp-kutsulla.</translation>
    </message>
    <message>
        <source>%1 Nothing can be shown or saved until the database is back; this banner goes away by itself.</source>
        <translation>%1 Mitään ei voi näyttää eikä tallentaa ennen kuin tietokanta on taas käytettävissä; tämä ilmoitus poistuu itsestään.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Reload the page from the database.</source>
        <translation>Lataa sivu uudelleen tietokannasta.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentaatio</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>&amp;Tietoja AuthDeskistä</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>ei käynnissä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;A local stand-in for the Sharetribe Authentication API, with a console to manage its applications, test users and sessions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Authentication API: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDesk %1&lt;/h3&gt;&lt;p&gt;Paikallinen korvike Sharetribe Authentication API:lle sekä konsoli sen sovellusten, testikäyttäjien ja istuntojen hallintaan.&lt;/p&gt;&lt;p&gt;Tietokanta: %2&lt;br&gt;Datakansio: %3&lt;br&gt;Authentication API: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumentaatio: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>Tietoja AuthDeskistä</translation>
    </message>
    <message>
        <source>Server: running on %1</source>
        <translation>Palvelin: käynnissä osoitteessa %1</translation>
    </message>
    <message>
        <source>The Authentication API answers at this base URL.</source>
        <translation>Authentication API vastaa tässä perus-URL-osoitteessa.</translation>
    </message>
    <message>
        <source>Server: not running</source>
        <translation>Palvelin: ei käynnissä</translation>
    </message>
    <message>
        <source>Test controls</source>
        <translation>Testiohjaus</translation>
    </message>
    <message>
        <source>Move the clock to make tokens expire now, and make the server fail on purpose (503, 429, slow, dropped) to test how your app recovers.</source>
        <translation>Siirrä kelloa, jotta tunnukset vanhenevat heti, ja saa palvelin epäonnistumaan tarkoituksella (503, 429, hidas, katkaistu yhteys) testataksesi, miten sovelluksesi toipuu.</translation>
    </message>
</context>
<context>
    <name>authdesk::Migrator</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Tietokantaa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The database holds other data and is not an AuthDesk database.</source>
        <translation>Tietokanta sisältää muita tietoja eikä ole AuthDesk-tietokanta.</translation>
    </message>
    <message>
        <source>The database has no schema version and is not an AuthDesk database.</source>
        <translation>Tietokannalla ei ole skeemaversiota, eikä se ole AuthDesk-tietokanta.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is not a number.</source>
        <translation>Tietokannan skeemaversio ei ole luku.</translation>
    </message>
    <message>
        <source>The database was written by a newer AuthDesk (schema %1; this version knows up to %2).</source>
        <translation>Tietokannan on kirjoittanut uudempi AuthDesk (skeema %1; tämä versio tuntee skeemat %2 asti).</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed.</source>
        <translation>Tietokannan päivitys skeemaan %1 epäonnistui; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>authdesk::NewApplicationDialog</name>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Uusi sovellus</translation>
    </message>
    <message>
        <source>e.g. Web shop</source>
        <translation>esim. Verkkokauppa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>A marketplace application is what the Sharetribe SDK in a web shop or app uses: its users log in with a password, and anonymous visitors get public read access.</source>
        <translation>Markkinapaikkasovellusta käyttää verkkokaupan tai mobiilisovelluksen Sharetribe SDK: sen käyttäjät kirjautuvat salasanalla, ja anonyymit vierailijat saavat julkisen lukuoikeuden.</translation>
    </message>
    <message>
        <source>An integration application is a backend that calls the API as itself with the client_credentials grant, such as a nightly sync. Keep its secret on the server.</source>
        <translation>Integraatiosovellus on taustapalvelu, joka kutsuu rajapintaa omissa nimissään client_credentials-myöntötavalla, esimerkiksi yöllinen synkronointi. Säilytä sen salaisuus palvelimella.</translation>
    </message>
</context>
<context>
    <name>authdesk::NewTestUserDialog</name>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>New test user</source>
        <translation>Uusi testikäyttäjä</translation>
    </message>
    <message>
        <source>e.g. jane@example.com</source>
        <translation>esim. jane@example.com</translation>
    </message>
    <message>
        <source>Optional; the part of the e-mail before the @ when empty</source>
        <translation>Valinnainen; tyhjänä käytetään sähköpostiosoitteen @-merkkiä edeltävää osaa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Näyttönimi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>Test users log in with the password grant, e-mail as the username.</source>
        <translation>Testikäyttäjät kirjautuvat password-myöntötavalla, ja käyttäjänimenä on sähköpostiosoite.</translation>
    </message>
</context>
<context>
    <name>authdesk::NoKeychainDialog</name>
    <message>
        <source>No keychain is available</source>
        <translation>Avainnippua ei ole käytettävissä</translation>
    </message>
    <message>
        <source>AuthDesk keeps the key that protects its signing key in the OS keychain, and none is usable.</source>
        <translation>AuthDesk säilyttää allekirjoitusavaintaan suojaavan avaimen käyttöjärjestelmän avainnipussa, eikä yhtään avainnippua voi käyttää.</translation>
    </message>
    <message>
        <source>AuthDesk can keep that key in a file instead:
%1

The file is readable by you only (mode 0600). Anyone who can read it can sign tokens that AuthDesk accepts, so keep it out of backups you share. AuthDesk remembers this choice; keep the file as long as you use this database.</source>
        <translation>AuthDesk voi sen sijaan säilyttää avaimen tiedostossa:
%1

Vain sinä voit lukea tiedostoa (tila 0600). Kuka tahansa, joka voi lukea sen, voi allekirjoittaa tunnuksia, jotka AuthDesk hyväksyy, joten pidä se poissa varmuuskopioista, joita jaat muille. AuthDesk muistaa tämän valinnan; säilytä tiedosto niin kauan kuin käytät tätä tietokantaa.</translation>
    </message>
    <message>
        <source>Use a &amp;key file</source>
        <translation>Käytä &amp;avaintiedostoa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
</context>
<context>
    <name>authdesk::PostgresDialog</name>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>&amp;Muista salasana avainnipussa</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testaa yhteys</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Yhdistä PostgreSQL-tietokantaan</translation>
    </message>
    <message>
        <source>e.g. db.example.com or 127.0.0.1</source>
        <translation>esim. db.example.com tai 127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: PGUSER or your login name</source>
        <translation>Tyhjä: PGUSER tai käyttäjätunnuksesi</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Tyhjä: PGPASSWORD tai ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rtti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>AuthDesk keeps its data in this database instead of the local file. The password is kept only in the OS keychain; without one, leave it empty and set PGPASSWORD or use ~/.pgpass.</source>
        <translation>AuthDesk tallentaa tietonsa tähän tietokantaan paikallisen tiedoston sijaan. Salasana säilytetään vain käyttöjärjestelmän avainnipussa; jos sellaista ei ole, jätä kenttä tyhjäksi ja aseta PGPASSWORD tai käytä tiedostoa ~/.pgpass.</translation>
    </message>
    <message>
        <source>Enter the host name or address of the PostgreSQL server.</source>
        <translation>Anna PostgreSQL-palvelimen nimi tai osoite.</translation>
    </message>
    <message>
        <source>Enter the name of the database AuthDesk should keep its data in.</source>
        <translation>Anna sen tietokannan nimi, johon AuthDesk tallentaa tietonsa.</translation>
    </message>
    <message>
        <source>A database name cannot contain &apos;/&apos;.</source>
        <translation>Tietokannan nimessä ei voi olla merkkiä &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is the server, e.g. db.example.com:5432</extracomment>
        <translation>Yhdistetään palvelimeen %1…</translation>
    </message>
    <message>
        <source>The connection works: the server accepted the login and the database is ready for AuthDesk.</source>
        <translation>Yhteys toimii: palvelin hyväksyi kirjautumisen, ja tietokanta on valmis AuthDeskin käyttöön.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Yhteys epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>authdesk::ReasonDialog</name>
    <message>
        <source>Why? For example: &quot;laptop stolen, user asked to sign out everywhere&quot;</source>
        <translation>Miksi? Esimerkiksi: ”kannettava varastettu, käyttäjä pyysi uloskirjausta kaikkialta”</translation>
    </message>
    <message>
        <source>The reason is kept in the audit log with your name.</source>
        <translation>Syy tallennetaan tarkastuslokiin nimesi kanssa.</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Syyn on oltava alle %1 merkkiä.</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestDetailPane</name>
    <message>
        <source>Select a request to see the whole decision: what was asked, what was answered and why.</source>
        <translation>Valitse pyyntö nähdäksesi koko päätöksen: mitä pyydettiin, mitä vastattiin ja miksi.</translation>
    </message>
    <message>
        <source>Add this origin to the application&apos;s allowed origins, so that browser pages served from it may call the API. Recorded in the audit log.</source>
        <translation>Lisää tämä alkuperä sovelluksen sallittuihin alkuperiin, jotta sieltä tarjoillut selainsivut voivat kutsua API:a. Kirjataan tarkastuslokiin.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Asiakkaan osoite</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Alkuperä</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Käyttäjäagentti</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Asiakastunnus</translation>
    </message>
    <message>
        <source>%1 (HTTP Basic authentication)</source>
        <translation>%1 (HTTP Basic -todennus)</translation>
    </message>
    <message>
        <source>Request headers (secrets redacted)</source>
        <translation>Pyynnön otsakkeet (salaisuudet peitetty)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei tallennettu</translation>
    </message>
    <message>
        <source>Request body (secrets redacted)</source>
        <translation>Pyynnön runko (salaisuudet peitetty)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Vastauksen runko</translation>
    </message>
    <message>
        <source>not kept for successful answers</source>
        <translation>ei säilytetä onnistuneista vastauksista</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>Salli %1 sovellukselle %2</translation>
    </message>
    <message>
        <source>Allow %1 for…</source>
        <translation>Salli %1 sovellukselle…</translation>
    </message>
    <message>
        <source>Could not allow %1: %2</source>
        <translation>Alkuperää %1 ei voitu sallia: %2</translation>
    </message>
    <message>
        <source>Done: %1 is now an allowed origin of %2. Its next request is served.</source>
        <translation>Valmis: %1 on nyt sovelluksen %2 sallittu alkuperä. Sen seuraavaan pyyntöön vastataan.</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLog</name>
    <message numerus="yes">
        <source>%n more parameter(s)</source>
        <translation>
            <numerusform>%n muu parametri</numerusform>
            <numerusform>%n muuta parametria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more header(s)</source>
        <translation>
            <numerusform>%n muu otsake</numerusform>
            <numerusform>%n muuta otsaketta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLogFile</name>
    <message>
        <source>--request-log needs a file name.</source>
        <translation>--request-log tarvitsee tiedostonimen.</translation>
    </message>
    <message>
        <source>The request log %1 is a folder; give a file name.</source>
        <translation>Pyyntöloki %1 on kansio; anna tiedostonimi.</translation>
    </message>
    <message>
        <source>Cannot write the request log %1: %2</source>
        <translation>Pyyntölokia %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestLogModel</name>
    <message>
        <source>%1 (HTTP Basic authentication)</source>
        <translation>%1 (HTTP Basic -todennus)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Päätepiste</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Myöntötapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>dropped (injected)</source>
        <translation>katkaistu (injektoitu)</translation>
    </message>
    <message>
        <source>%1 (injected)</source>
        <translation>%1 (injektoitu)</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestRateChart</name>
    <message>
        <source>Requests per second over the last minute</source>
        <translation>Pyyntöjä sekunnissa viimeisen minuutin aikana</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the last minute</source>
        <translation>
            <numerusform>%n pyyntö viimeisen minuutin aikana</numerusform>
            <numerusform>%n pyyntöä viimeisen minuutin aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peak %1/s · %n request(s) in the last minute</source>
        <translation>
            <numerusform>huippu %1/s · %n pyyntö viimeisen minuutin aikana</numerusform>
            <numerusform>huippu %1/s · %n pyyntöä viimeisen minuutin aikana</numerusform>
        </translation>
    </message>
    <message>
        <source>60 s ago</source>
        <translation>60 s sitten</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nyt</translation>
    </message>
</context>
<context>
    <name>authdesk::RequestsPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Keskeytä</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tyhjennä</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Kopioi c&amp;url-komentona</translation>
    </message>
    <message>
        <source>Stop adding new requests to the list, to read it in peace. The server keeps answering; the requests you miss are counted.</source>
        <translation>Lopeta uusien pyyntöjen lisääminen luetteloon, jotta voit lukea sitä rauhassa. Palvelin vastaa edelleen; ohi menevät pyynnöt lasketaan.</translation>
    </message>
    <message>
        <source>Empty the list.</source>
        <translation>Tyhjennä luettelo.</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command. Secrets stay &quot;[redacted]&quot;: put in your own before you run it.</source>
        <translation>Kopioi valittu pyyntö curl-komentona. Salaisuudet näkyvät muodossa &quot;[redacted]&quot;: lisää omasi ennen suorittamista.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>No requests yet. Every call to the token endpoint appears here as it happens.</source>
        <translation>Ei vielä pyyntöjä. Jokainen tunnuspäätepisteen kutsu näkyy täällä heti.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n pyyntö näkyvissä</numerusform>
            <numerusform>%n pyyntöä näkyvissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new request(s) not shown</source>
        <translation>
            <numerusform>keskeytetty, %n uusi pyyntö piilotettu</numerusform>
            <numerusform>keskeytetty, %n uutta pyyntöä piilotettu</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets were replaced by the placeholder &quot;[redacted]&quot;: put in your own before you run it.</source>
        <translation>Kopioitu curl-komentona. Salaisuudet korvattiin paikkamerkillä &quot;[redacted]&quot;: lisää omasi ennen suorittamista.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) came faster than the log keeps them and are not shown</source>
        <translation>
            <numerusform>%n pyyntö tuli nopeammin kuin loki ehtii säilyttää, eikä sitä näytetä</numerusform>
            <numerusform>%n pyyntöä tuli nopeammin kuin loki ehtii säilyttää, eikä niitä näytetä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::RsaPublicKey</name>
    <message>
        <source>The key is not an RSA key.</source>
        <translation>Avain ei ole RSA-avain.</translation>
    </message>
    <message>
        <source>The key&apos;s n or e is not base64url.</source>
        <translation>Avaimen n tai e ei ole base64url-muodossa.</translation>
    </message>
    <message>
        <source>The key&apos;s n or e has an impossible size.</source>
        <translation>Avaimen n:n tai e:n koko on mahdoton.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Avainta ei voitu lukea.</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>Avain on lyhyempi kuin 2048 bittiä.</translation>
    </message>
</context>
<context>
    <name>authdesk::SecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation>Olen tallentanut salaisuuden</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Uusi salaisuus: %1</translation>
    </message>
    <message>
        <source>%1 was created</source>
        <translation>%1 luotiin</translation>
    </message>
    <message>
        <source>Store the client secret now, for example in your marketplace&apos;s environment variables. AuthDesk keeps only a hash of it: once this window is closed, nobody can show it again. If it is lost, rotate the secret.</source>
        <translation>Tallenna asiakassalaisuus nyt, esimerkiksi markkinapaikkasi ympäristömuuttujiin. AuthDesk säilyttää siitä vain tiivisteen: kun tämä ikkuna on suljettu, kukaan ei voi näyttää sitä uudelleen. Jos salaisuus katoaa, vaihda se.</translation>
    </message>
    <message>
        <source>Copy the client ID to the clipboard</source>
        <translation>Kopioi asiakastunnus leikepöydälle</translation>
    </message>
    <message numerus="yes">
        <source>Copy the secret to the clipboard; it is cleared from there after %n second(s)</source>
        <translation>
            <numerusform>Kopioi salaisuus leikepöydälle; se tyhjennetään sieltä %n sekunnin kuluttua</numerusform>
            <numerusform>Kopioi salaisuus leikepöydälle; se tyhjennetään sieltä %n sekunnin kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Asiakastunnus:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Asiakassalaisuus:</translation>
    </message>
    <message>
        <source>The old secret keeps working until %1, so clients can move to the new one without downtime.</source>
        <translation>Vanha salaisuus toimii %1 asti, jotta asiakkaat voivat siirtyä uuteen ilman katkoa.</translation>
    </message>
    <message>
        <source>The old secret stopped working at once.</source>
        <translation>Vanha salaisuus lakkasi toimimasta heti.</translation>
    </message>
    <message>
        <source>The client ID was copied.</source>
        <translation>Asiakastunnus kopioitiin.</translation>
    </message>
    <message numerus="yes">
        <source>The secret was copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Salaisuus kopioitiin. Leikepöytä tyhjennetään %n sekunnin kuluttua.</numerusform>
            <numerusform>Salaisuus kopioitiin. Leikepöytä tyhjennetään %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ServerBanner</name>
    <message>
        <source>&amp;Use another port</source>
        <translation>Käytä &amp;toista porttia</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Start the Authentication API on a free port instead.</source>
        <translation>Käynnistä Authentication API sen sijaan vapaaseen porttiin.</translation>
    </message>
    <message>
        <source>The Authentication API is not running. %1</source>
        <translation>Authentication API ei ole käynnissä. %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the Authentication API now runs on port %2: %3. Point the Sharetribe SDK&apos;s baseUrl there.</source>
        <translation>Portti %1 oli varattu, joten Authentication API toimii nyt portissa %2: %3. Aseta Sharetribe SDK:n baseUrl osoittamaan sinne.</translation>
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
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Copy the base URL, to paste it as the Sharetribe SDK&apos;s baseUrl.</source>
        <translation>Kopioi perus-URL, jotta voit liittää sen Sharetribe SDK:n baseUrl-asetukseksi.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>mikä tahansa vapaa portti</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>K&amp;äynnistä</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Käynnistä &amp;uudelleen</translation>
    </message>
    <message>
        <source>Stop, then start on the address and port above.</source>
        <translation>Pysäytä ja käynnistä sitten yllä olevaan osoitteeseen ja porttiin.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Perus-URL:</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>Sidonta&amp;osoite:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rtti:</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only. Another address lets other computers log in against AuthDesk with its test users.</source>
        <translation>127.0.0.1 hyväksyy yhteydet vain tästä tietokoneesta. Muulla osoitteella muut tietokoneet voivat kirjautua AuthDeskin kautta sen testikäyttäjillä.</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Pyyntöjä sekunnissa:</translation>
    </message>
    <message>
        <source>Allowed browser origins</source>
        <translation>Sallitut selainalkuperät</translation>
    </message>
    <message>
        <source>e.g. http://localhost:5173</source>
        <translation>esim. http://localhost:5173</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>L&amp;isää</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Poist&amp;a</translation>
    </message>
    <message>
        <source>Web pages (scheme, host and port) that may call the Authentication API from a browser, for every application; each application can allow more of its own. A browser request from any other origin is refused. Changes apply at once and are remembered.</source>
        <translation>Verkkosivut (skeema, isäntä ja portti), jotka saavat kutsua Authentication API:a selaimesta kaikkien sovellusten puolesta; kukin sovellus voi lisäksi sallia omiaan. Selainpyyntö mistä tahansa muusta alkuperästä hylätään. Muutokset tulevat voimaan heti ja säilyvät.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>The key-encryption key, which protects the token signing key in the database, is kept in %1.</source>
        <translation>Tietokannassa olevaa tunnusten allekirjoitusavainta suojaavan avaimen salausavaimen säilytyspaikka: %1.</translation>
    </message>
    <message>
        <source>A key file works without a keychain, for example on a server or in CI. Anyone who can read the file can sign tokens that AuthDesk accepts, so keep it readable by you only (AuthDesk creates it so) and out of backups you share. To use the system keychain instead, unlock one (GNOME Keyring or KWallet, through the Secret Service) and start AuthDesk without --key-file. Keep the file while this database needs it: its signing key was wrapped with this key.</source>
        <translation>Avaintiedosto toimii ilman avainnippua, esimerkiksi palvelimella tai CI-ympäristössä. Kuka tahansa, joka voi lukea tiedoston, voi allekirjoittaa tunnuksia, jotka AuthDesk hyväksyy, joten pidä se vain itsesi luettavana (AuthDesk luo sen sellaiseksi) ja poissa jaetuista varmuuskopioista. Jos haluat käyttää järjestelmän avainnippua, avaa sellaisen lukitus (GNOME Keyring tai KWallet, Secret Servicen kautta) ja käynnistä AuthDesk ilman valintaa --key-file. Säilytä tiedosto niin kauan kuin tämä tietokanta tarvitsee sitä: sen allekirjoitusavain on salattu tällä avaimella.</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>Ei käytettävissä tässä ikkunassa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Stopped: the Authentication API does not answer</source>
        <translation>Pysäytetty: Authentication API ei vastaa</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>ei kuuntele</translation>
    </message>
    <message>
        <source>The server could not be started.</source>
        <translation>Palvelinta ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>”%1” ei ole IP-osoite (esimerkiksi 127.0.0.1 tai ::1).</translation>
    </message>
    <message>
        <source>The origin could not be added.</source>
        <translation>Alkuperää ei voitu lisätä.</translation>
    </message>
    <message>
        <source>An origin is a scheme, a host and an optional port, such as http://localhost:3000, without a path.</source>
        <translation>Alkuperä koostuu skeemasta, isännästä ja valinnaisesta portista ilman polkua, esimerkiksi http://localhost:3000.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Ei käynnissä: %1</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionTableModel</name>
    <message>
        <source>(integration client)</source>
        <translation>(integraatioasiakas)</translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation>(poistettu käyttäjä)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation>Mitätöinyt %1: %2</translation>
    </message>
    <message>
        <source>Reuse detected</source>
        <translation>Uudelleenkäyttö havaittu</translation>
    </message>
    <message>
        <source>Reuse detected: %1</source>
        <translation>Uudelleenkäyttö havaittu: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Sovellus</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Viimeksi käytetty</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>%1 (login as)</source>
        <translation>%1 (kirjautuminen käyttäjänä)</translation>
    </message>
    <message>
        <source>Login from</source>
        <translation>Kirjautuminen osoitteesta</translation>
    </message>
    <message>
        <source>Last refresh from</source>
        <translation>Viimeisin päivitys osoitteesta</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Mitätöity</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionsPage</name>
    <message>
        <source>&amp;Revoke session…</source>
        <translation>&amp;Mitätöi istunto…</translation>
    </message>
    <message>
        <source>Revoke all of this &amp;user…</source>
        <translation>Mitätöi tämän &amp;käyttäjän kaikki istunnot…</translation>
    </message>
    <message>
        <source>Revoke all of this a&amp;pplication…</source>
        <translation>Mitätöi tämän &amp;sovelluksen kaikki istunnot…</translation>
    </message>
    <message>
        <source>Filter by user e-mail</source>
        <translation>Suodata käyttäjän sähköpostiosoitteen mukaan</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Mitätöity</translation>
    </message>
    <message>
        <source>Reuse detected</source>
        <translation>Uudelleenkäyttö havaittu</translation>
    </message>
    <message>
        <source>End the selected session: its refresh token and access tokens stop working.</source>
        <translation>Päätä valittu istunto: sen päivitystunnus ja käyttötunnukset lakkaavat toimimasta.</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user, in every application.</source>
        <translation>Päätä valitun istunnon käyttäjän jokainen istunto kaikissa sovelluksissa.</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s application, and its anonymous access tokens.</source>
        <translation>Päätä valitun istunnon sovelluksen jokainen istunto sekä sen anonyymit käyttötunnukset.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Istuntoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Kaikki sovellukset</translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation>Mikään istunto ei vastaa suodattimia.</translation>
    </message>
    <message>
        <source>No sessions yet. Every login starts one: a family of refresh tokens.</source>
        <translation>Ei vielä istuntoja. Jokainen kirjautuminen aloittaa istunnon eli päivitystunnusten perheen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n istunto</numerusform>
            <numerusform>%n istuntoa</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Mitätöi istunto</translation>
    </message>
    <message>
        <source>Revoke the session of %1 in %2? Its refresh token and access tokens stop working at once.</source>
        <translation>Mitätöidäänkö käyttäjän %1 istunto sovelluksessa %2? Sen päivitystunnus ja käyttötunnukset lakkaavat toimimasta heti.</translation>
    </message>
    <message>
        <source>The session could not be revoked.</source>
        <translation>Istuntoa ei voitu mitätöidä.</translation>
    </message>
    <message>
        <source>Revoke all sessions of a user</source>
        <translation>Mitätöi käyttäjän kaikki istunnot</translation>
    </message>
    <message>
        <source>Revoke every session of %1, in every application? The user has to log in again everywhere.</source>
        <translation>Mitätöidäänkö käyttäjän %1 jokainen istunto kaikissa sovelluksissa? Käyttäjän on kirjauduttava kaikkialla uudelleen.</translation>
    </message>
    <message>
        <source>Revoke all of %1</source>
        <translation>Mitätöi kaikki: %1</translation>
    </message>
    <message>
        <source>The sessions could not be revoked.</source>
        <translation>Istuntoja ei voitu mitätöidä.</translation>
    </message>
    <message>
        <source>Revoke all sessions of an application</source>
        <translation>Mitätöi sovelluksen kaikki istunnot</translation>
    </message>
    <message>
        <source>Revoke every session of %1, and every access token it has issued so far? All of its users have to log in again.</source>
        <translation>Mitätöidäänkö sovelluksen %1 jokainen istunto ja jokainen sen tähän mennessä myöntämä käyttötunnus? Kaikkien sen käyttäjien on kirjauduttava uudelleen.</translation>
    </message>
    <message>
        <source>More than %L1 sessions</source>
        <translation>Yli %L1 istuntoa</translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Istunto mitätöity.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n istunto mitätöity.</numerusform>
            <numerusform>%n istuntoa mitätöity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SettingsDialog</name>
    <message>
        <source>The new language is used when AuthDesk is restarted.</source>
        <translation>Uusi kieli otetaan käyttöön, kun AuthDesk käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Käynnistä &amp;uudelleen nyt</translation>
    </message>
    <message>
        <source>Quit and start AuthDesk again with the same database and options</source>
        <translation>Lopeta ja käynnistä AuthDesk uudelleen samalla tietokannalla ja samoilla valinnoilla</translation>
    </message>
    <message>
        <source>Who you are in the audit log. Empty: your account name, %1. Used from the next start of AuthDesk.</source>
        <translation>Kuka olet tarkastuslokissa. Tyhjä: käyttäjätilisi nimi, %1. Käytössä AuthDeskin seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <source>&amp;Your name (audit log):</source>
        <translation>&amp;Nimesi (tarkastusloki):</translation>
    </message>
</context>
<context>
    <name>authdesk::TestControls</name>
    <message>
        <source>The clock moves at most %1 seconds either way.</source>
        <translation>Kelloa voi siirtää enintään %1 sekuntia kumpaankin suuntaan.</translation>
    </message>
    <message>
        <source>The endpoint is one of token, revoke or api.</source>
        <translation>Päätepisteen on oltava token, revoke tai api.</translation>
    </message>
    <message>
        <source>A grant type applies to the token endpoint only.</source>
        <translation>Myöntötapa koskee vain tunnuspäätepistettä.</translation>
    </message>
    <message>
        <source>The status is a 4xx or 5xx code.</source>
        <translation>Tilan on oltava 4xx- tai 5xx-koodi.</translation>
    </message>
    <message>
        <source>The delay is 1 to %1 milliseconds.</source>
        <translation>Viiveen on oltava 1–%1 millisekuntia.</translation>
    </message>
    <message>
        <source>Give a count or a duration, not both.</source>
        <translation>Anna määrä tai kesto, ei molempia.</translation>
    </message>
    <message>
        <source>The count is 1 to %1 requests.</source>
        <translation>Määrän on oltava 1–%1 pyyntöä.</translation>
    </message>
    <message>
        <source>The duration is 1 to %1 seconds.</source>
        <translation>Keston on oltava 1–%1 sekuntia.</translation>
    </message>
    <message>
        <source>There is no fault rule %1.</source>
        <translation>Vikasääntöä %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>authdesk::TestControlsPage</name>
    <message>
        <source>Move the clock</source>
        <translation>Siirrä kelloa</translation>
    </message>
    <message>
        <source>Back to real time</source>
        <translation>Takaisin todelliseen aikaan</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Lisää sääntö</translation>
    </message>
    <message>
        <source>Clear selected</source>
        <translation>Poista valitut</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Poista kaikki</translation>
    </message>
    <message>
        <source>Time travel</source>
        <translation>Aikamatkustus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Siirtymä:</translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation>Vikainjektio</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Tunnus (token)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Mitätöinti (revoke)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>any grant, or e.g. refresh_token</source>
        <translation>mikä tahansa myöntötapa tai esim. refresh_token</translation>
    </message>
    <message>
        <source>any client ID</source>
        <translation>mikä tahansa asiakastunnus</translation>
    </message>
    <message>
        <source>Answer with status</source>
        <translation>Vastaa tilakoodilla</translation>
    </message>
    <message>
        <source>Delay the answer (ms)</source>
        <translation>Viivästä vastausta (ms)</translation>
    </message>
    <message>
        <source>Drop the connection</source>
        <translation>Katkaise yhteys</translation>
    </message>
    <message>
        <source>for the next requests</source>
        <translation>seuraavan pyynnön ajan</translation>
    </message>
    <message>
        <source>for seconds</source>
        <translation>sekunnin ajan</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>kunnes poistetaan</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Päätepiste:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Myöntötapa:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Vika:</translation>
    </message>
    <message>
        <source>Applies:</source>
        <translation>Voimassa:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <source>The clock shows the real time.</source>
        <translation>Kello näyttää todellisen ajan.</translation>
    </message>
    <message>
        <source>The clock is moved by %1 seconds.</source>
        <translation>Kelloa on siirretty %1 sekuntia.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Vika</translation>
    </message>
    <message>
        <source>%1, grant %2</source>
        <translation>%1, myöntötapa %2</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, asiakas %2</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>vastaa %1</translation>
    </message>
    <message>
        <source>answer %1 ms late</source>
        <translation>vastaa %1 ms myöhässä</translation>
    </message>
    <message>
        <source>drop the connection</source>
        <translation>katkaise yhteys</translation>
    </message>
    <message>
        <source>As a command: authdesk fault add %1</source>
        <translation>Komentona: authdesk fault add %1</translation>
    </message>
</context>
<context>
    <name>authdesk::TestUserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Estetty</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Lukittu %1 asti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Näyttönimi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
</context>
<context>
    <name>authdesk::TestUsersPage</name>
    <message>
        <source>No test users yet</source>
        <translation>Ei vielä testikäyttäjiä</translation>
    </message>
    <message>
        <source>Test users log in with the password grant. Create them here to try login flows; you can reset their passwords, ban them or lift a lockout.</source>
        <translation>Testikäyttäjät kirjautuvat password-myöntötavalla. Luo heitä täällä kirjautumisten kokeilemista varten; voit nollata heidän salasanansa, estää heidät tai avata lukituksen.</translation>
    </message>
    <message>
        <source>New test user…</source>
        <translation>Uusi testikäyttäjä…</translation>
    </message>
    <message>
        <source>Create many…</source>
        <translation>Luo useita…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Uusi käyttäjä…</translation>
    </message>
    <message>
        <source>Create &amp;many…</source>
        <translation>Luo u&amp;seita…</translation>
    </message>
    <message>
        <source>&amp;Edit display name…</source>
        <translation>&amp;Muokkaa näyttönimeä…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Nollaa salasana…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Estä…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Avaa &amp;lukitus</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Delete test user…</source>
        <translation>Poista testikäyttäjä…</translation>
    </message>
    <message>
        <source>Search test users</source>
        <translation>Hae testikäyttäjiä</translation>
    </message>
    <message>
        <source>Search by e-mail or display name (Ctrl+F)</source>
        <translation>Hae sähköpostiosoitteen tai näyttönimen perusteella (Ctrl+F)</translation>
    </message>
    <message>
        <source>Create a test user (Ctrl+N)</source>
        <translation>Luo testikäyttäjä (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create many numbered test users at once</source>
        <translation>Luo kerralla useita numeroituja testikäyttäjiä</translation>
    </message>
    <message>
        <source>Set a new password; ends all of the user&apos;s sessions</source>
        <translation>Aseta uusi salasana; päättää kaikki käyttäjän istunnot</translation>
    </message>
    <message>
        <source>Lift the lock that follows repeated failed logins</source>
        <translation>Avaa toistuvien epäonnistuneiden kirjautumisten aiheuttama lukitus</translation>
    </message>
    <message>
        <source>The test users could not be loaded.</source>
        <translation>Testikäyttäjiä ei voitu ladata.</translation>
    </message>
    <message>
        <source>No test user matches &quot;%1&quot;.</source>
        <translation>Mikään testikäyttäjä ei vastaa hakua ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n test user(s)</source>
        <translation>
            <numerusform>%n testikäyttäjä</numerusform>
            <numerusform>%n testikäyttäjää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test user(s) match</source>
        <translation>
            <numerusform>%n testikäyttäjä vastaa hakua</numerusform>
            <numerusform>%n testikäyttäjää vastaa hakua</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;ban</source>
        <translation>Poista &amp;esto</translation>
    </message>
    <message>
        <source>Let the user log in again</source>
        <translation>Salli käyttäjän kirjautua taas</translation>
    </message>
    <message>
        <source>Stop the user from logging in</source>
        <translation>Estä käyttäjää kirjautumasta</translation>
    </message>
    <message>
        <source>The test user was not created.</source>
        <translation>Testikäyttäjää ei luotu.</translation>
    </message>
    <message>
        <source>Edit display name</source>
        <translation>Muokkaa näyttönimeä</translation>
    </message>
    <message>
        <source>Display name of %1:</source>
        <translation>Käyttäjän %1 näyttönimi:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>The display name of %1 was not changed.</source>
        <translation>Käyttäjän %1 näyttönimeä ei muutettu.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Nollaa salasana</translation>
    </message>
    <message>
        <source>New password for %1.

This ends all of their sessions: every refresh token they hold stops working, so each app they use has to log in again.</source>
        <translation>Uusi salasana käyttäjälle %1.

Tämä päättää kaikki käyttäjän istunnot: jokainen hänen päivitystunnuksensa lakkaa toimimasta, joten jokaisen hänen käyttämänsä sovelluksen on kirjauduttava uudelleen.</translation>
    </message>
    <message>
        <source>Reset password and end sessions</source>
        <translation>Nollaa salasana ja päätä istunnot</translation>
    </message>
    <message>
        <source>The password of %1 was not reset.</source>
        <translation>Käyttäjän %1 salasanaa ei nollattu.</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Salasana nollattu</translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 was reset, and %n session(s) were ended.</source>
        <translation>
            <numerusform>Käyttäjän %1 salasana nollattiin, ja %n istunto päätettiin.</numerusform>
            <numerusform>Käyttäjän %1 salasana nollattiin, ja %n istuntoa päätettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ban test user</source>
        <translation>Estä testikäyttäjä</translation>
    </message>
    <message>
        <source>Ban %1?

They can no longer log in, and their refresh tokens stop working. You can lift the ban later.</source>
        <translation>Estetäänkö %1?

Käyttäjä ei voi enää kirjautua, ja hänen päivitystunnuksensa lakkaavat toimimasta. Voit poistaa eston myöhemmin.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Estä</translation>
    </message>
    <message>
        <source>The ban of %1 was not lifted.</source>
        <translation>Käyttäjän %1 estoa ei poistettu.</translation>
    </message>
    <message>
        <source>%1 was not banned.</source>
        <translation>Käyttäjää %1 ei estetty.</translation>
    </message>
    <message>
        <source>%1 was not unlocked.</source>
        <translation>Käyttäjän %1 lukitusta ei avattu.</translation>
    </message>
    <message>
        <source>Delete test user</source>
        <translation>Poista testikäyttäjä</translation>
    </message>
    <message>
        <source>Delete %1?

All of their sessions end, and they can no longer log in. This cannot be undone.</source>
        <translation>Poistetaanko %1?

Kaikki käyttäjän istunnot päättyvät, eikä hän voi enää kirjautua. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>Käyttäjää %1 ei poistettu.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n test user(s)…</source>
        <translation>
            <numerusform>Luodaan %n testikäyttäjä…</numerusform>
            <numerusform>Luodaan %n testikäyttäjää…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Create test users</source>
        <translation>Luo testikäyttäjiä</translation>
    </message>
    <message>
        <source>Cancelled; no test user was created.</source>
        <translation>Peruttu; testikäyttäjiä ei luotu.</translation>
    </message>
    <message>
        <source>No test user was created.</source>
        <translation>Testikäyttäjiä ei luotu.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n test user(s).</source>
        <translation>
            <numerusform>Luotiin %n testikäyttäjä.</numerusform>
            <numerusform>Luotiin %n testikäyttäjää.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %L1 test users</source>
        <translation>Yli %L1 testikäyttäjää</translation>
    </message>
    <message>
        <source>Show &amp;sessions</source>
        <translation>Näytä &amp;istunnot</translation>
    </message>
    <message>
        <source>The display name of %1 was saved.</source>
        <translation>Käyttäjän %1 näyttönimi tallennettiin.</translation>
    </message>
    <message>
        <source>The ban of %1 was lifted.</source>
        <translation>Käyttäjän %1 esto poistettiin.</translation>
    </message>
    <message>
        <source>%1 was banned.</source>
        <translation>Käyttäjä %1 estettiin.</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>Käyttäjän %1 lukitus avattiin.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Käyttäjä %1 poistettiin.</translation>
    </message>
</context>
<context>
    <name>authdesk::TryItPage</name>
    <message>
        <source>client_credentials: an anonymous token (public-read)</source>
        <translation>client_credentials: anonyymi tunnus (public-read)</translation>
    </message>
    <message>
        <source>client_credentials: an integration token</source>
        <translation>client_credentials: integraatiotunnus</translation>
    </message>
    <message>
        <source>password: log a test user in</source>
        <translation>password: kirjaa testikäyttäjä sisään</translation>
    </message>
    <message>
        <source>refresh_token: a new pair for a refresh token</source>
        <translation>refresh_token: uusi tunnuspari päivitystunnusta vastaan</translation>
    </message>
    <message>
        <source>token_exchange: a trusted-user token for a user token</source>
        <translation>token_exchange: luotetun käyttäjän tunnus käyttäjän tunnusta vastaan</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>joe@example.com</source>
        <translation>joe@example.com</translation>
    </message>
    <message>
        <source>needed for integration clients and token exchange</source>
        <translation>tarvitaan integraatioasiakkaille ja tunnusten vaihdossa</translation>
    </message>
    <message>
        <source>Refresh &amp;token:</source>
        <translation>&amp;Päivitystunnus (refresh token):</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Myönnä tu&amp;nnus</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Sovellus:</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Myöntötapa:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Asiakassalaisuus:</translation>
    </message>
    <message>
        <source>Test user &amp;e-mail:</source>
        <translation>Testikäyttäjän sä&amp;hköposti:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>The token is shown here only; it is not written to any log.</source>
        <translation>Tunnus näytetään vain täällä; sitä ei kirjoiteta mihinkään lokiin.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Pick an application and a grant, then issue a token.</source>
        <translation>Valitse sovellus ja myöntötapa ja myönnä sitten tunnus.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopioi: %1</translation>
    </message>
    <message>
        <source>Token response</source>
        <translation>Tunnusvastaus</translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation>JWT-otsake</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>JWT-väitteet (claims)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (pois käytöstä)</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>Sovelluksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Subject &amp;token (a user access token):</source>
        <translation>Kohde&amp;tunnus (käyttäjän käyttötunnus):</translation>
    </message>
    <message>
        <source>The server is stopped, so nothing can use this token until it runs again.</source>
        <translation>Palvelin on pysäytetty, joten mikään ei voi käyttää tätä tunnusta ennen kuin se on taas käynnissä.</translation>
    </message>
    <message>
        <source>auth_with_idp: log in with an identity provider&apos;s ID token</source>
        <translation>auth_with_idp: kirjaudu identiteetintarjoajan ID-tunnuksella</translation>
    </message>
</context>
<context>
    <name>authdesk::apierrors</name>
    <message>
        <source>the database did not answer</source>
        <translation>tietokanta ei vastannut</translation>
    </message>
</context>
<context>
    <name>authdesk::jwt</name>
    <message>
        <source>The access token is not valid.</source>
        <translation>Käyttötunnus ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token.</source>
        <translation>Tämä ei ole JSON Web Token.</translation>
    </message>
</context>
</TS>
