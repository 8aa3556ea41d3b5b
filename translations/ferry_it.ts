<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>BrowserCommand</name>
    <message>
        <source>unknown browser &quot;%1&quot; (chromium, chrome, firefox or all)</source>
        <translation>browser sconosciuto «%1» (chromium, chrome, firefox o all)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (install, uninstall or status)</source>
        <translation>azione sconosciuta «%1» (install, uninstall o status)</translation>
    </message>
    <message>
        <source>%1: host registered in %2</source>
        <extracomment>%1 is a browser&apos;s name, %2 a folder</extracomment>
        <translation>%1: programma di supporto registrato in %2</translation>
    </message>
    <message>
        <source>%1: registration removed from %2</source>
        <translation>%1: registrazione rimossa da %2</translation>
    </message>
</context>
<context>
    <name>BrowserRegistration</name>
    <message>
        <source>the host program %1 is not there or cannot be run</source>
        <translation>il programma di supporto %1 non c&apos;è o non può essere eseguito</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossibile rimuovere %1</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: non installato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>host not registered (run &quot;ferryctl browser install --browser %1&quot;)</source>
        <translation>programma di supporto non registrato (esegui «ferryctl browser install --browser %1»)</translation>
    </message>
    <message>
        <source>%1 is not Ferry&apos;s host manifest</source>
        <translation>%1 non è il manifest del programma di supporto di Ferry</translation>
    </message>
    <message>
        <source>%1 names %2, which is not there</source>
        <translation>%1 indica %2, che non c&apos;è</translation>
    </message>
    <message>
        <source>host registered for this user: %1</source>
        <translation>programma di supporto registrato per questo utente: %1</translation>
    </message>
    <message>
        <source>host registered for the system: %1</source>
        <translation>programma di supporto registrato per tutto il sistema: %1</translation>
    </message>
    <message>
        <source>%1 found: a sandboxed browser cannot start Ferry&apos;s host</source>
        <translation>trovato %1: un browser in sandbox non può avviare il programma di supporto di Ferry</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>The checksum file is larger than %1 MiB.</source>
        <translation>Il file dei checksum supera %1 MiB.</translation>
    </message>
    <message>
        <source>This is not a checksum file: it holds binary data.</source>
        <translation>Questo non è un file di checksum: contiene dati binari.</translation>
    </message>
    <message>
        <source>The checksum file holds no checksum.</source>
        <translation>Il file dei checksum non contiene alcun checksum.</translation>
    </message>
</context>
<context>
    <name>ChecksumParser</name>
    <message>
        <source>“%1” is not a hexadecimal checksum.</source>
        <extracomment>%1 is what the user gave as a checksum</extracomment>
        <translation>«%1» non è un checksum esadecimale.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 checksum has %2 hexadecimal digits, this one %n.</source>
        <extracomment>%1 is an algorithm name (sha256), %2 its number of digits; %n the digits given</extracomment>
        <translation>
            <numerusform>Un checksum %1 ha %2 cifre esadecimali, questo %n.</numerusform>
            <numerusform>Un checksum %1 ha %2 cifre esadecimali, questo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown checksum algorithm “%1”: Ferry checks md5, sha1, sha256 and sha512.</source>
        <extracomment>%1 is the algorithm name the user wrote</extracomment>
        <translation>Algoritmo di checksum sconosciuto «%1»: Ferry verifica md5, sha1, sha256 e sha512.</translation>
    </message>
    <message numerus="yes">
        <source>No checksum algorithm has %n hexadecimal digit(s).</source>
        <translation>
            <numerusform>Nessun algoritmo di checksum ha %n cifra esadecimale.</numerusform>
            <numerusform>Nessun algoritmo di checksum ha %n cifre esadecimali.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checksum given.</source>
        <translation>Nessun checksum indicato.</translation>
    </message>
    <message>
        <source>Give one checksum, on one line.</source>
        <translation>Indica un solo checksum, su una riga.</translation>
    </message>
    <message>
        <source>Expected a %1 checksum, found a %2 one.</source>
        <extracomment>%1 and %2 are algorithm names (sha256, sha512)</extracomment>
        <translation>Era atteso un checksum %1, ne è stato trovato uno %2.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Queue a job for transfer.</source>
        <translation>Mette in coda un processo per il trasferimento.</translation>
    </message>
    <message>
        <source>Pause a job.</source>
        <translation>Sospende un processo.</translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation>Annulla un processo ed elimina i suoi file temporanei.</translation>
    </message>
    <message>
        <source>Make a job&apos;s transferred files available and finish it.</source>
        <translation>Rende disponibili i file trasferiti di un processo e lo completa.</translation>
    </message>
    <message>
        <source>Change a job&apos;s priority.</source>
        <translation>Modifica la priorità di un processo.</translation>
    </message>
    <message>
        <source>Change a job&apos;s display name.</source>
        <translation>Modifica il nome visualizzato di un processo.</translation>
    </message>
    <message>
        <source>Change a job&apos;s description.</source>
        <translation>Modifica la descrizione di un processo.</translation>
    </message>
    <message>
        <source>Set how long a job may retry without progress before it fails.</source>
        <translation>Imposta per quanto tempo un processo può ritentare senza avanzamento prima di passare in errore.</translation>
    </message>
    <message>
        <source>Set the minimum delay before a failed transfer is retried.</source>
        <translation>Imposta il ritardo minimo prima di ritentare un trasferimento non riuscito.</translation>
    </message>
    <message>
        <source>Set the notify flags (1 transferred, 2 error, 4 disable, 8 modification).</source>
        <translation>Imposta i flag di notifica (1 trasferito, 2 errore, 4 disattiva, 8 modifica).</translation>
    </message>
    <message>
        <source>Run a program when the job is transferred or fails (an empty PROGRAM removes it).</source>
        <translation>Esegue un programma quando il processo è trasferito o non riesce (un PROGRAM vuoto lo rimuove).</translation>
    </message>
    <message>
        <source>Set where an upload-reply job saves the server&apos;s reply.</source>
        <translation>Imposta dove un processo di upload con risposta (upload-reply) salva la risposta del server.</translation>
    </message>
    <message>
        <source>Set the credentials for the server or the proxy.</source>
        <translation>Imposta le credenziali per il server o il proxy.</translation>
    </message>
    <message>
        <source>List the jobs in the queue (--all adds the history of finished jobs).</source>
        <translation>Elenca i processi in coda (--all aggiunge la cronologia dei processi terminati).</translation>
    </message>
    <message>
        <source>Usage: ferryctl COMMAND [ARGUMENTS]</source>
        <translation>Uso: ferryctl COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Usage: ferryctl %1</source>
        <translation>Uso: ferryctl %1</translation>
    </message>
    <message>
        <source>ferryctl drives Ferry&apos;s transfer jobs from the command line, like bitsadmin.</source>
        <translation>ferryctl gestisce i processi di trasferimento di Ferry dalla riga di comando, come bitsadmin.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opzione sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown job type &quot;%1&quot;</source>
        <translation>tipo di processo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;</source>
        <translation>priorità sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not an http(s) URL: &quot;%1&quot;</source>
        <translation>non è un URL http(s): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable rate &quot;%1&quot; (examples: 500K, 2M, 1.5MiB)</source>
        <translation>velocità non riconosciuta &quot;%1&quot; (esempi: 500K, 2M, 1.5MiB)</translation>
    </message>
    <message>
        <source>--segments takes a number from 1 to 16</source>
        <translation>--segments accetta un numero da 1 a 16</translation>
    </message>
    <message>
        <source>Create a job (SUSPENDED, without files) and print its id. With --auto-complete the job completes itself once its files are in.</source>
        <translation>Crea un processo (SUSPENDED, senza file) e ne visualizza l&apos;ID. Con --auto-complete il processo si completa da solo non appena tutti i suoi file sono arrivati.</translation>
    </message>
    <message>
        <source>Send these HTTP headers with every request of the job (none: remove them).</source>
        <translation>Invia queste intestazioni HTTP con ogni richiesta del processo (nessuna: le rimuove).</translation>
    </message>
    <message>
        <source>Change the URL of one file of a job (the first file is 0).</source>
        <translation>Modifica l&apos;URL di un file di un processo (il primo file è 0).</translation>
    </message>
    <message>
        <source>Show every property of a job, also of a finished one.</source>
        <translation>Mostra tutte le proprietà di un processo, anche se terminato.</translation>
    </message>
    <message>
        <source>Show every change of every job as it happens, until interrupted (Ctrl+C).</source>
        <translation>Mostra ogni modifica di ogni processo nel momento in cui avviene, fino all&apos;interruzione (Ctrl+C).</translation>
    </message>
    <message>
        <source>Wait until a job is transferred, fails or is finished. Exit status 4 when it ended in ERROR or CANCELLED, 5 when the timeout passed first.</source>
        <translation>Attende finché un processo non è trasferito, non riesce o è completato. Codice di uscita 4 se è terminato in ERROR o CANCELLED, 5 se prima è scaduto il timeout.</translation>
    </message>
    <message>
        <source>Run &quot;ferryctl help COMMAND&quot; or &quot;ferryctl COMMAND --help&quot; for the description of a command.</source>
        <translation>Eseguire &quot;ferryctl help COMMAND&quot; o &quot;ferryctl COMMAND --help&quot; per la descrizione di un comando.</translation>
    </message>
    <message>
        <source>JOB is a job id or any unique prefix of it. --json prints JSON. Exit status: 0 success, 1 usage error, 2 no engine, 3 the call was refused, 4 the waited-for job failed or was cancelled, 5 wait timed out.</source>
        <translation>JOB è l&apos;ID di un processo o un suo qualsiasi prefisso univoco. --json produce un output JSON. Codice di uscita: 0 operazione riuscita, 1 errore di utilizzo, 2 nessun motore, 3 chiamata rifiutata, 4 il processo atteso non è riuscito o è stato annullato, 5 attesa scaduta.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 richiede un valore</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 non accetta %2</translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation>il motore si è arrestato</translation>
    </message>
    <message>
        <source>%1, left the queue</source>
        <translation>%1, uscito dalla coda</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ORA</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout accetta un numero di secondi</translation>
    </message>
    <message>
        <source>%1 is still %2</source>
        <translation>%1 è ancora nello stato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Download the URLs into DEST (a file, or a folder), or upload FILE to URL, and wait until the job is complete.</source>
        <translation>Scarica gli URL in DEST (un file o una cartella), oppure carica FILE su URL, e attende che il processo sia completato.</translation>
    </message>
    <message>
        <source>--protocol goes with --upload</source>
        <translation>--protocol va usato con --upload</translation>
    </message>
    <message>
        <source>unknown upload protocol &quot;%1&quot; (put, post or tus)</source>
        <translation>protocollo di caricamento sconosciuto &quot;%1&quot; (put, post o tus)</translation>
    </message>
    <message>
        <source>--upload takes one FILE and one URL</source>
        <translation>--upload richiede un FILE e un URL</translation>
    </message>
    <message>
        <source>Register Ferry&apos;s browser extension host for this user, remove that, or show what each browser finds (Flatpak and Snap browsers cannot reach it).</source>
        <translation>Registra per questo utente il programma di supporto dell&apos;estensione di Ferry per il browser, rimuovi la registrazione o mostra cosa trova ogni browser (i browser Flatpak e Snap non possono raggiungerlo).</translation>
    </message>
    <message>
        <source>Add a file to a job. With --checksum the file is transferred only when its bytes have that digest (sha256:HEX, sha512:, sha1:, md5: or bare hex).</source>
        <translation>Aggiunge un file a un processo. Con --checksum il file è trasferito solo se i suoi byte hanno quel digest (sha256:HEX, sha512:, sha1:, md5: o esadecimale semplice).</translation>
    </message>
    <message>
        <source>Set the digest file number FILE (from 0) of a download must have; an empty checksum (&quot;&quot;) removes it. A file already in is checked again.</source>
        <translation>Imposta il digest che deve avere il file numero FILE (da 0) di un download; un checksum vuoto (&quot;&quot;) lo rimuove. Un file già scaricato viene ricontrollato.</translation>
    </message>
    <message>
        <source>FILE must be a file number</source>
        <translation>FILE deve essere un numero di file</translation>
    </message>
</context>
<context>
    <name>DigestHeaders</name>
    <message>
        <source>The server&apos;s digests describe the %1-encoded bytes, not the file: they are not used to verify it.</source>
        <extracomment>%1 is a content coding such as gzip</extracomment>
        <translation>I digest del server descrivono i byte codificati con %1, non il file: non vengono usati per verificarlo.</translation>
    </message>
    <message>
        <source>The Content-Digest of a partial response covers only its range: it is not used to verify the file.</source>
        <translation>Il Content-Digest di una risposta parziale copre solo il suo intervallo: non viene usato per verificare il file.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it has the wrong length.</source>
        <extracomment>%1 is an algorithm (sha256), %2 a header name (Repr-Digest)</extracomment>
        <translation>Ignorato il digest %1 dell&apos;intestazione %2: ha la lunghezza sbagliata.</translation>
    </message>
    <message>
        <source>Ignored a malformed %1 header.</source>
        <extracomment>%1 is a header name (Repr-Digest)</extracomment>
        <translation>Ignorata un&apos;intestazione %1 malformata.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it is not a byte sequence.</source>
        <translation>Ignorato il digest %1 dell&apos;intestazione %2: non è una sequenza di byte.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it is not valid base64.</source>
        <translation>Ignorato il digest %1 dell&apos;intestazione %2: non è base64 valido.</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine is not running</source>
        <translation>il motore non è in esecuzione</translation>
    </message>
</context>
<context>
    <name>EngineLink</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>the Ferry engine did not start (%1)</source>
        <translation>il motore di Ferry non si è avviato (%1)</translation>
    </message>
    <message>
        <source>the Ferry engine did not start: %1</source>
        <translation>il motore di Ferry non si è avviato: %1</translation>
    </message>
    <message>
        <source>no Ferry engine runs, and &quot;ferry&quot; was found neither next to %1 nor in PATH to start one</source>
        <translation>nessun motore di Ferry in esecuzione, e «ferry» non è stato trovato né accanto a %1 né nel PATH per avviarne uno</translation>
    </message>
</context>
<context>
    <name>Ferry::BrowserPage</name>
    <message>
        <source>Register for This User</source>
        <translation>Registra per questo utente</translation>
    </message>
    <message>
        <source>Ferry&apos;s browser extension hands the downloads that Chromium, Google Chrome or Firefox start over to Ferry, with the cookies and the referrer the server needs. The extension talks to Ferry through a small helper program, which each browser must find.</source>
        <translation>L&apos;estensione di Ferry per il browser passa a Ferry i download avviati da Chromium, Google Chrome o Firefox, con i cookie e il referrer di cui il server ha bisogno. L&apos;estensione comunica con Ferry tramite un piccolo programma di supporto, che ogni browser deve trovare.</translation>
    </message>
    <message>
        <source>Writes the helper&apos;s manifest where each browser of this user looks for it, as &quot;ferryctl browser install&quot; does</source>
        <translation>Scrive il manifest del programma di supporto dove ogni browser di questo utente lo cerca, come fa «ferryctl browser install»</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Installation Instructions…</source>
        <translation>Istruzioni di installazione…</translation>
    </message>
    <message>
        <source>The extension: %1 (Chromium, Chrome), %2 (Firefox)</source>
        <extracomment>%1 and %2 are folders</extracomment>
        <translation>L&apos;estensione: %1 (Chromium, Chrome), %2 (Firefox)</translation>
    </message>
    <message>
        <source>Registered for Chromium, Google Chrome and Firefox.</source>
        <translation>Registrato per Chromium, Google Chrome e Firefox.</translation>
    </message>
</context>
<context>
    <name>Ferry::Engine</name>
    <message>
        <source>another Ferry engine is running (process %1)</source>
        <translation>è già in esecuzione un altro motore di Ferry (PID %1)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileVerifier</name>
    <message>
        <source>The temporary file %1 does not have the size of the download; it is fetched again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Il file temporaneo %1 non ha la dimensione del download; viene scaricato di nuovo.</translation>
    </message>
    <message>
        <source>The bytes from %1 have the checksum %2, not %3 (%4). The file was removed; resume the job to download it again.</source>
        <extracomment>%1 is a URL, %2 and %3 checksums (&quot;sha256:9f86…&quot;), %4 where the second came from</extracomment>
        <translation>I byte da %1 hanno il checksum %2, non %3 (%4). Il file è stato rimosso; riprendi il processo per scaricarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Ferry::FilterBar</name>
    <message>
        <source>All</source>
        <comment>filter</comment>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>filter</comment>
        <translation>Sospesi</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>filter</comment>
        <translation>Errori</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>filter: waiting for Complete</comment>
        <translation>Trasferiti</translation>
    </message>
    <message>
        <source>History</source>
        <comment>filter: finished and cancelled jobs</comment>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Search jobs…</source>
        <translation>Cerca processi…</translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryCommands</name>
    <message>
        <source>The jobs could not be removed from the list.</source>
        <translation>Non è stato possibile togliere i processi dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Remove and Delete Files</source>
        <translation>Togli ed elimina i file</translation>
    </message>
    <message>
        <source>The downloaded files are no longer there.</source>
        <translation>I file scaricati non ci sono più.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n downloaded file(s) (%1) from the disk and remove their jobs from the list? This cannot be undone.</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Eliminare dal disco %n file scaricato (%1) e togliere il suo processo dall&apos;elenco? L&apos;operazione non si può annullare.</numerusform>
            <numerusform>Eliminare dal disco %n file scaricati (%1) e togliere i loro processi dall&apos;elenco? L&apos;operazione non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Files</source>
        <translation>&amp;Elimina i file</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not deleted: another file has the name now, or it could not be removed. Their jobs stay in the list.</source>
        <translation>
            <numerusform>%n file non è stato eliminato: ora il suo nome è di un altro file, oppure non si è potuto rimuoverlo. Il suo processo resta nell&apos;elenco.</numerusform>
            <numerusform>%n file non sono stati eliminati: ora i loro nomi sono di altri file, oppure non si è potuto rimuoverli. I loro processi restano nell&apos;elenco.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be downloaded again.</source>
        <translation>Non è stato possibile scaricare di nuovo i file.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Svuota la cronologia</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list:</source>
        <translation>Togli dall&apos;elenco i processi terminati:</translation>
    </message>
    <message>
        <source>&amp;All finished jobs</source>
        <translation>&amp;Tutti i processi terminati</translation>
    </message>
    <message>
        <source>Jobs finished &amp;more than</source>
        <translation>Processi terminati da &amp;più di</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>S&amp;vuota</translation>
    </message>
    <message numerus="yes">
        <source> day(s) ago</source>
        <extracomment>after a number of days: &quot;Jobs finished more than [30] days ago&quot;</extracomment>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished job matches.</source>
        <translation>Nessun processo terminato corrisponde.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) will be removed from the list. Their files stay on the disk.</source>
        <translation>
            <numerusform>%n processo terminato sarà tolto dall&apos;elenco. I suoi file restano sul disco.</numerusform>
            <numerusform>%n processi terminati saranno tolti dall&apos;elenco. I loro file restano sul disco.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HttpDownload</name>
    <message>
        <source>The server closed the connection after %1 of %2 bytes.</source>
        <translation>Il server ha chiuso la connessione dopo %1 byte su %2.</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpTransfer</name>
    <message numerus="yes">
        <source>Nothing moved for %n second(s).</source>
        <translation>
            <numerusform>Nessun dato trasferito per %n secondo.</numerusform>
            <numerusform>Nessun dato trasferito per %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::IpcClient</name>
    <message>
        <source>not connected to the engine</source>
        <translation>non connesso al motore</translation>
    </message>
    <message>
        <source>the engine did not answer in time</source>
        <translation>il motore non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>il motore ha chiuso la connessione</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcConnection</name>
    <message>
        <source>a request line is longer than %1 bytes</source>
        <translation>una riga di richiesta supera i %1 byte</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>JSON non valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>una richiesta deve essere un oggetto JSON</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcMethods</name>
    <message>
        <source>the engine is not running</source>
        <translation>il motore non è in esecuzione</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un array di stringhe</translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation>un numero intero da 0 a 4294967295</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>foreground, high, normal or low</source>
        <translation>foreground, high, normal o low</translation>
    </message>
    <message>
        <source>params.%1 must be %2</source>
        <extracomment>%1 is a parameter name of the IPC protocol, %2 what it must be</extracomment>
        <translation>params.%1 deve essere %2</translation>
    </message>
    <message>
        <source>unknown job type &quot;%1&quot;</source>
        <translation>tipo di processo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown upload protocol &quot;%1&quot;</source>
        <translation>protocollo di caricamento sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segments must be from 1 to 16</source>
        <translation>il numero di segmenti deve essere compreso tra 1 e 16</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcServer</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>impossibile restare in ascolto su %1: %2</translation>
    </message>
    <message>
        <source>too many clients</source>
        <translation>troppi client</translation>
    </message>
    <message>
        <source>unsupported protocol version (this engine speaks version %1)</source>
        <translation>versione del protocollo non supportata (questo motore usa la versione %1)</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a string</source>
        <translation>&quot;method&quot; deve essere una stringa</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be an object</source>
        <translation>&quot;params&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <source>this engine runs without a window</source>
        <translation>questo motore funziona senza finestra</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>metodo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the window quits only when its user says so (ferry --quit)</source>
        <translation>la finestra si chiude solo quando lo decide il suo utente (ferry --quit)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annulla processo</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <comment>verb: complete the job</comment>
        <translation>&amp;Completa</translation>
    </message>
    <message>
        <source>Start or continue transferring the selected jobs</source>
        <translation>Avvia o riprende il trasferimento dei processi selezionati</translation>
    </message>
    <message>
        <source>Pause the selected jobs</source>
        <translation>Sospende i processi selezionati</translation>
    </message>
    <message>
        <source>Cancel the selected jobs and delete their temporary files</source>
        <translation>Annulla i processi selezionati ed elimina i relativi file temporanei</translation>
    </message>
    <message>
        <source>Make the transferred files available and finish the selected jobs</source>
        <translation>Rende disponibili i file trasferiti e completa i processi selezionati</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Priori&amp;tà</translation>
    </message>
    <message>
        <source>Change &amp;URL…</source>
        <translation>Modifica &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apr&amp;i</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Apri cartella co&amp;ntenitore</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>C&amp;opia URL</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Proprietà</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>&amp;Togli dall&apos;elenco</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete Files</source>
        <translation>Togli ed &amp;elimina i file</translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation>Scarica di &amp;nuovo</translation>
    </message>
    <message>
        <source>Clear &amp;History…</source>
        <translation>Svuota la &amp;cronologia…</translation>
    </message>
    <message>
        <source>Remove the selected finished jobs from the list; their files stay</source>
        <translation>Togli dall&apos;elenco i processi terminati selezionati; i loro file restano</translation>
    </message>
    <message>
        <source>Delete the downloaded files of the selected finished jobs and remove the jobs</source>
        <translation>Elimina i file scaricati dei processi terminati selezionati e togli i processi</translation>
    </message>
    <message>
        <source>Download the files of the selected finished jobs again, as new jobs</source>
        <translation>Scarica di nuovo i file dei processi terminati selezionati, come nuovi processi</translation>
    </message>
    <message>
        <source>Speed &amp;Limit…</source>
        <translation>&amp;Limite di velocità…</translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message>
        <source>Unknown</source>
        <comment>size</comment>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>column: bytes transferred</comment>
        <translation>Trasferiti</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Errore</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <extracomment>%1 is a checksum (&quot;sha256:9f86…&quot;), %2 where it came from (&quot;given by you&quot;)</extracomment>
        <translation>%1
da: %2</translation>
    </message>
    <message>
        <source>Checksum</source>
        <comment>column: Verified, Not checked, Mismatch</comment>
        <translation>Verifica</translation>
    </message>
    <message numerus="yes">
        <source>Completed — %1 of %n file(s) kept</source>
        <extracomment>a completed job whose Complete discarded the files not transferred</extracomment>
        <translation>
            <numerusform>Completato — tenuto %1 di %n file</numerusform>
            <numerusform>Completato — tenuti %1 di %n file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message>
        <source>Download finished</source>
        <translation>Download completato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Upload completato</translation>
    </message>
    <message>
        <source>%1 has been transferred.</source>
        <extracomment>%1 is the job&apos;s name</extracomment>
        <translation>Il processo &quot;%1&quot; è stato trasferito.</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Trasferimento non riuscito</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the job&apos;s name, %2 the error&apos;s description</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>All transfers finished</source>
        <translation>Tutti i trasferimenti sono stati completati</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished, %1 last.</source>
        <extracomment>%1 is the name of the job that finished last</extracomment>
        <translation>
            <numerusform>%n processo terminato, l&apos;ultimo è %1.</numerusform>
            <numerusform>%n processi terminati, l&apos;ultimo è %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobPatcher</name>
    <message>
        <source>unknown upload protocol</source>
        <translation>protocollo di caricamento sconosciuto</translation>
    </message>
    <message>
        <source>tus uploads have no reply; use POST or PUT</source>
        <translation>i caricamenti tus non hanno risposta; usa POST o PUT</translation>
    </message>
    <message>
        <source>the form field name is not valid</source>
        <translation>il nome del campo del modulo non è valido</translation>
    </message>
    <message>
        <source>a download job has no upload options</source>
        <translation>un processo di download non ha opzioni di caricamento</translation>
    </message>
    <message>
        <source>the reply is being downloaded</source>
        <translation>la risposta è in fase di download</translation>
    </message>
    <message>
        <source>only downloaded files are checked against a checksum</source>
        <translation>solo i file scaricati vengono verificati con un checksum</translation>
    </message>
    <message>
        <source>the checksum is not valid</source>
        <translation>il checksum non è valido</translation>
    </message>
</context>
<context>
    <name>Ferry::JobQueue</name>
    <message>
        <source>another file of a job is already downloaded to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>un altro file di un processo viene già scaricato in %1</translation>
    </message>
    <message>
        <source>no job given</source>
        <translation>nessun processo indicato</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s)</source>
        <translation>
            <numerusform>«%1» corrisponde a %n processo</numerusform>
            <numerusform>«%1» corrisponde a %n processi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LinkIntake</name>
    <message numerus="yes">
        <source>%n job(s) not added.</source>
        <translation>
            <numerusform>Impossibile aggiungere %n processo.</numerusform>
            <numerusform>Impossibile aggiungere %n processi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added.</source>
        <translation>Impossibile aggiungere %1.</translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>Modifica URL</translation>
    </message>
    <message>
        <source>New address of %1:</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Nuovo indirizzo per %1:</translation>
    </message>
    <message>
        <source>The URL was not changed.</source>
        <translation>Impossibile modificare l&apos;URL.</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Processi</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation>Annulla processi</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their temporary files are deleted.</source>
        <translation>
            <numerusform>Annullare %n processo? I suoi file temporanei verranno eliminati.</numerusform>
            <numerusform>Annullare %n processi? I relativi file temporanei verranno eliminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job could not be changed.</source>
        <translation>Impossibile modificare il processo.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 says what failed, %2 is a BITS result name such as BG_E_INVALID_STATE, %3 its description</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Nuovo processo…</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>&amp;Incolla link</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message numerus="yes">
        <source>%n active job(s)  ↓ %1  ↑ %2</source>
        <comment>status bar</comment>
        <extracomment>%1 and %2 are speeds such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>%n processo attivo  ↓ %1  ↑ %2</numerusform>
            <numerusform>%n processi attivi  ↓ %1  ↑ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The priority could not be changed.</source>
        <translation>Impossibile modificare la priorità.</translation>
    </message>
    <message>
        <source>The properties were not changed.</source>
        <translation>Impossibile modificare le proprietà.</translation>
    </message>
    <message>
        <source>The autostart entry could not be written.</source>
        <translation>Impossibile scrivere la voce di avvio automatico.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Impossibile leggere la cronologia.</translation>
    </message>
    <message>
        <source>Ferry Download Manager</source>
        <comment>main window title</comment>
        <translation>Ferry — gestore di download</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <extracomment>%1 is a whole percentage, %2 the window&apos;s title: &quot;42% — Ferry Download Manager&quot;</extracomment>
        <translation>%1% — %2</translation>
    </message>
    <message>
        <source>No job matches the filter.</source>
        <translation>Nessun processo corrisponde al filtro.</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Esci da Ferry</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still transferring. If you quit, they go on where they stopped the next time Ferry starts.</source>
        <translation>
            <numerusform>%n processo è ancora in trasferimento. Se esci, riprenderà da dove si è fermato al prossimo avvio di Ferry.</numerusform>
            <numerusform>%n processi sono ancora in trasferimento. Se esci, riprenderanno da dove si sono fermati al prossimo avvio di Ferry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Transferring in the &amp;Background</source>
        <translation>Continua a trasferire in &amp;background</translation>
    </message>
    <message>
        <source>Complete Jobs</source>
        <translation>Completa processi</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not transferred yet and will be discarded, with the %1 downloaded of them so far. Complete anyway?</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>%n file non è ancora trasferito e verrà scartato, con i %1 già scaricati. Completare comunque?</numerusform>
            <numerusform>%n file non sono ancora trasferiti e verranno scartati, con i %1 già scaricati. Completare comunque?</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet.

Paste links (%1), drop them here from a browser or a file manager, or choose File&#xa0;▸&#xa0;New&#xa0;Job… (%2).</source>
        <extracomment>%1 and %2 are keyboard shortcuts (&quot;Ctrl+V&quot;, &quot;Ctrl+N&quot;)</extracomment>
        <translation>Ancora nessun processo.

Incolla dei link (%1), trascinali qui da un browser o da un file manager, oppure scegli File&#xa0;▸&#xa0;Nuovo&#xa0;processo… (%2).</translation>
    </message>
    <message>
        <source>Speed Limit</source>
        <translation>Limite di velocità</translation>
    </message>
    <message numerus="yes">
        <source>Download limit of %n job(s) in KiB/s (0: no limit of its own; the limit of all downloads still applies):</source>
        <extracomment>the unit after the number in the box</extracomment>
        <translation>
            <numerusform>Limite di download di %n processo in KiB/s (0: nessun limite proprio; resta valido il limite di tutti i download):</numerusform>
            <numerusform>Limite di download di %n processi in KiB/s (0: nessun limite proprio; resta valido il limite di tutti i download):</numerusform>
        </translation>
    </message>
    <message>
        <source>The speed limit was not changed.</source>
        <translation>Il limite di velocità non è stato cambiato.</translation>
    </message>
</context>
<context>
    <name>Ferry::NewJobDialog</name>
    <message>
        <source>Add the jobs &amp;suspended</source>
        <translation>Aggiungi i processi &amp;sospesi</translation>
    </message>
    <message>
        <source>One URL per line</source>
        <translation>Un URL per riga</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Salva &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Save Downloads To</source>
        <translation>Salva i download in</translation>
    </message>
    <message>
        <source>&amp;Reply file:</source>
        <translation>File di &amp;risposta:</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;vanzate</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Nuovo processo</translation>
    </message>
    <message>
        <source>Chosen by the server or the URL</source>
        <translation>Scelto dal server o dall&apos;URL</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome file:</translation>
    </message>
    <message>
        <source>Beside the source file</source>
        <translation>Accanto al file di origine</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>&amp;File to upload:</source>
        <translation>&amp;File da caricare:</translation>
    </message>
    <message>
        <source>Upload &amp;to:</source>
        <translation>&amp;Carica su:</translation>
    </message>
    <message>
        <source>Name: value, one header per line</source>
        <translation>Nome: valore, un&apos;intestazione per riga</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Intesta&amp;zioni:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>No&amp;me utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Speed &amp;limit:</source>
        <translation>&amp;Limite di velocità:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>Conn&amp;essioni:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>File to Upload</source>
        <translation>File da caricare</translation>
    </message>
    <message>
        <source>Ask the server (tus, else PUT; POST with a reply)</source>
        <translation>Chiedi al server (tus, altrimenti PUT; POST con risposta)</translation>
    </message>
    <message>
        <source>HTTP PUT (WebDAV)</source>
        <translation>HTTP PUT (WebDAV)</translation>
    </message>
    <message>
        <source>HTTP POST</source>
        <translation>HTTP POST</translation>
    </message>
    <message>
        <source>tus (resumable)</source>
        <translation>tus (riprendibile)</translation>
    </message>
    <message>
        <source>Empty: the file is the whole body</source>
        <translation>Vuoto: il file è l&apos;intero corpo della richiesta</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Proto&amp;collo:</translation>
    </message>
    <message>
        <source>Form &amp;field (POST):</source>
        <translation>Campo del modul&amp;o (POST):</translation>
    </message>
    <message>
        <source>Optional: sha256:…, or a line of SHA256SUMS</source>
        <translation>Facoltativo: sha256:… o una riga di SHA256SUMS</translation>
    </message>
    <message>
        <source>The file is kept only when its bytes have this checksum (SHA-256, SHA-512, SHA-1 or MD5).</source>
        <translation>Il file viene tenuto solo se i suoi byte hanno questo checksum (SHA-256, SHA-512, SHA-1 o MD5).</translation>
    </message>
    <message>
        <source>Chec&amp;ksum:</source>
        <translation>Codice di contro&amp;llo:</translation>
    </message>
    <message>
        <source>Create &amp;Folder</source>
        <translation>Crea &amp;cartella</translation>
    </message>
    <message numerus="yes">
        <source>%n of these addresses are already in the list.</source>
        <translation>
            <numerusform>%n di questi indirizzi è già nell&apos;elenco.</numerusform>
            <numerusform>%n di questi indirizzi sono già nell&apos;elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of these names already exist; a new download gets a numbered name (&quot;file (1).iso&quot;) when it completes.</source>
        <translation>
            <numerusform>%n file con questo nome esiste già; un nuovo download riceve un nome numerato («file (1).iso») quando viene completato.</numerusform>
            <numerusform>%n file con questi nomi esistono già; un nuovo download riceve un nome numerato («file (1).iso») quando viene completato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add anyway?</source>
        <translation>Aggiungere comunque?</translation>
    </message>
    <message>
        <source>Already There</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Aggiungi comunque</translation>
    </message>
    <message>
        <source>&amp;Show the Existing Job</source>
        <translation>&amp;Mostra il processo esistente</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Scegli il file da caricare.</translation>
    </message>
    <message>
        <source>The file to upload must be given with its full path.</source>
        <translation>Il file da caricare va indicato con il percorso completo.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be uploaded.</source>
        <extracomment>%1 is a path</extracomment>
        <translation>%1 non è un file che si possa caricare.</translation>
    </message>
    <message>
        <source>The upload address must be an http:// or https:// URL.</source>
        <translation>L&apos;indirizzo di caricamento deve essere un URL http:// o https://.</translation>
    </message>
    <message>
        <source>Paste or type the address of a file to download.</source>
        <translation>Incolla o scrivi l&apos;indirizzo di un file da scaricare.</translation>
    </message>
    <message>
        <source>The text holds no http:// or https:// address.</source>
        <translation>Il testo non contiene indirizzi http:// o https://.</translation>
    </message>
    <message>
        <source>The download folder must be given with its full path.</source>
        <translation>La cartella di download va indicata con il percorso completo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 non è una cartella.</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <extracomment>%1 is the folder that was created</extracomment>
        <translation>Cartella %1 creata.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another one.</source>
        <translation>Non è stato possibile creare la cartella %1. Scegline un&apos;altra.</translation>
    </message>
</context>
<context>
    <name>Ferry::PropertiesDialog</name>
    <message>
        <source>—</source>
        <comment>no time recorded</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>size</comment>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <extracomment>%1 is the job&apos;s name</extracomment>
        <translation>Proprietà di %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avanzamento:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3 of %n file(s)</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts: &quot;1.5 MB of 3 MB, 1 of 2 files&quot;</extracomment>
        <translation>
            <numerusform>%1 di %2, %3 di %n file</numerusform>
            <numerusform>%1 di %2, %3 di %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creato:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificato:</translation>
    </message>
    <message>
        <source>Transfer completed:</source>
        <translation>Trasferimento completato:</translation>
    </message>
    <message>
        <source>Completes itself:</source>
        <translation>Completamento automatico:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no, wait for Complete</source>
        <translation>no, attende &quot;Completa&quot;</translation>
    </message>
    <message>
        <source>Reply file:</source>
        <translation>File di risposta:</translation>
    </message>
    <message>
        <source>Reply progress:</source>
        <translation>Avanzamento risposta:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>URL remoto</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>File locale</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferiti</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The job has no error.</source>
        <translation>Il processo non ha errori.</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contesto:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codice:</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <extracomment>%1 is a BITS result name such as BG_E_HTTP_ERROR_404, %2 its hexadecimal code</extracomment>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Errori finora:</translation>
    </message>
    <message>
        <source>When the job is transferred</source>
        <translation>Quando il processo è trasferito</translation>
    </message>
    <message>
        <source>When the job fails</source>
        <translation>Quando il processo non riesce</translation>
    </message>
    <message>
        <source>Never (notifications disabled)</source>
        <translation>Mai (notifiche disattivate)</translation>
    </message>
    <message>
        <source>Program and arguments run when the job changes</source>
        <translation>Programma e argomenti eseguiti quando il processo cambia</translation>
    </message>
    <message>
        <source>No-progress timeout:</source>
        <translation>Timeout senza avanzamento:</translation>
    </message>
    <message>
        <source>Minimum retry delay:</source>
        <translation>Ritardo minimo tra i tentativi:</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notifica:</translation>
    </message>
    <message>
        <source>Notify command line:</source>
        <translation>Riga di comando di notifica:</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>Intestazioni personalizzate:</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
da: %2</translation>
    </message>
    <message>
        <source>None: sha256:…, or a line of SHA256SUMS</source>
        <translation>Nessuno: sha256:… o una riga di SHA256SUMS</translation>
    </message>
    <message>
        <source>Check&amp;sum of the selected file:</source>
        <translation>Codice di &amp;controllo del file selezionato:</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <extracomment>%1 is a file number from 1, %2 why its checksum cannot be read</extracomment>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <source>no retries: every error is final</source>
        <translation>nessun nuovo tentativo: ogni errore è definitivo</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Limite di velocità:</translation>
    </message>
    <message>
        <source>Connections per large file:</source>
        <translation>Connessioni per file grande:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no speed: the job does not transfer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no connections: the job does not transfer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Connections:</source>
        <extracomment>the network connections the job uses now (several for a segmented download)</extracomment>
        <translation>Connessioni:</translation>
    </message>
</context>
<context>
    <name>Ferry::Result</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>Il server ha risposto con lo stato HTTP %1.</translation>
    </message>
    <message>
        <source>Error %1.</source>
        <extracomment>%1 is a hexadecimal error code such as 0x80070070</extracomment>
        <translation>Errore %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a general error description, %2 the specific detail</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The operation completed successfully.</source>
        <translation>L&apos;operazione è stata completata correttamente.</translation>
    </message>
    <message>
        <source>The operation completed; nothing needed to change.</source>
        <translation>L&apos;operazione è stata completata; non è stato necessario apportare modifiche.</translation>
    </message>
    <message>
        <source>Some files of the job were not fully transferred and were not kept.</source>
        <translation>Alcuni file del processo non sono stati trasferiti completamente e non sono stati conservati.</translation>
    </message>
    <message>
        <source>The job finished, but some temporary files could not be deleted.</source>
        <translation>Il processo è stato completato, ma non è stato possibile eliminare alcuni file temporanei.</translation>
    </message>
    <message>
        <source>No job with this identifier exists.</source>
        <translation>Non esiste alcun processo con questo ID.</translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation>L&apos;azione richiesta non è consentita nello stato corrente del processo.</translation>
    </message>
    <message>
        <source>The job has no files to transfer.</source>
        <translation>Il processo non contiene file da trasferire.</translation>
    </message>
    <message>
        <source>The error is not associated with a file.</source>
        <translation>L&apos;errore non è associato ad alcun file.</translation>
    </message>
    <message>
        <source>No error information is available for the job.</source>
        <translation>Per il processo non sono disponibili informazioni sull&apos;errore.</translation>
    </message>
    <message>
        <source>No network connection is available; the job continues when the network comes back.</source>
        <translation>Non è disponibile alcuna connessione di rete; il processo riprenderà quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation>Il server non ha indicato la dimensione del file.</translation>
    </message>
    <message>
        <source>The server does not support HTTP 1.1.</source>
        <translation>Il server non supporta HTTP 1.1.</translation>
    </message>
    <message>
        <source>The server does not support byte ranges, so the transfer cannot be resumed.</source>
        <translation>Il server non supporta gli intervalli di byte, quindi non è possibile riprendere il trasferimento.</translation>
    </message>
    <message>
        <source>The server sent a response Ferry cannot use.</source>
        <translation>Il server ha inviato una risposta che Ferry non è in grado di utilizzare.</translation>
    </message>
    <message>
        <source>Upload jobs hold exactly one file.</source>
        <translation>Un processo di upload deve contenere esattamente un file.</translation>
    </message>
    <message>
        <source>The local file changed while it was being uploaded.</source>
        <translation>Il file locale è stato modificato durante l&apos;upload.</translation>
    </message>
    <message>
        <source>The server no longer knows the upload session.</source>
        <translation>Il server non riconosce più la sessione di upload.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Il file supera la dimensione massima accettata dal server.</translation>
    </message>
    <message>
        <source>The text is longer than allowed.</source>
        <translation>Il testo supera la lunghezza consentita.</translation>
    </message>
    <message>
        <source>The transfer made no progress for too long.</source>
        <translation>Il trasferimento è rimasto senza avanzamento troppo a lungo.</translation>
    </message>
    <message>
        <source>The user name is longer than 300 characters.</source>
        <translation>Il nome utente supera i 300 caratteri.</translation>
    </message>
    <message>
        <source>The password is longer than 65,535 characters.</source>
        <translation>La password supera i 65.535 caratteri.</translation>
    </message>
    <message>
        <source>The credentials target must be the server or the proxy.</source>
        <translation>La destinazione delle credenziali deve essere il server o il proxy.</translation>
    </message>
    <message>
        <source>The authentication scheme must be Basic or Digest.</source>
        <translation>Lo schema di autenticazione deve essere Basic o Digest.</translation>
    </message>
    <message>
        <source>The requested byte range lies outside the remote file.</source>
        <translation>L&apos;intervallo di byte richiesto non rientra nel file remoto.</translation>
    </message>
    <message>
        <source>Ferry could not connect to the server.</source>
        <translation>Ferry non è riuscito a connettersi al server.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Il server ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>The proxy settings are not valid.</source>
        <translation>Le impostazioni del proxy non sono valide.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Le credenziali non sono valide.</translation>
    </message>
    <message>
        <source>The maximum number of jobs has been reached.</source>
        <translation>È stato raggiunto il numero massimo di processi.</translation>
    </message>
    <message>
        <source>The maximum number of jobs on this computer has been reached.</source>
        <translation>È stato raggiunto il numero massimo di processi su questo computer.</translation>
    </message>
    <message>
        <source>The job already holds the maximum number of files.</source>
        <translation>Il processo contiene già il numero massimo di file.</translation>
    </message>
    <message>
        <source>The job took longer than its maximum download time.</source>
        <translation>Il processo ha superato il tempo massimo di download.</translation>
    </message>
    <message>
        <source>This property applies to download jobs only.</source>
        <translation>Questa proprietà si applica solo ai processi di download.</translation>
    </message>
    <message>
        <source>The job database is damaged or unreadable.</source>
        <translation>Il database dei processi è danneggiato o illeggibile.</translation>
    </message>
    <message>
        <source>The remote file changed; the file is transferred again from the start.</source>
        <translation>Il file remoto è stato modificato; il file viene trasferito di nuovo dall&apos;inizio.</translation>
    </message>
    <message>
        <source>This action is not supported for this kind of job or value.</source>
        <translation>Questa azione non è supportata per questo tipo di processo o per questo valore.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;operazione non è riuscita.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Accesso negato.</translation>
    </message>
    <message>
        <source>An argument is not valid.</source>
        <translation>Un argomento non è valido.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Impossibile trovare il file.</translation>
    </message>
    <message>
        <source>The folder was not found.</source>
        <translation>Impossibile trovare la cartella.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Esiste già un file con questo nome.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Lo spazio sul disco non è sufficiente.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Impossibile risolvere il nome del server.</translation>
    </message>
    <message>
        <source>The connection to the server was refused.</source>
        <translation>La connessione al server è stata rifiutata.</translation>
    </message>
    <message>
        <source>The connection to the server was reset.</source>
        <translation>La connessione al server è stata reimpostata.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way Ferry does not follow.</source>
        <translation>Il server ha reindirizzato la richiesta in un modo che Ferry non supporta.</translation>
    </message>
    <message>
        <source>The server response is not valid HTTP.</source>
        <translation>La risposta del server non è una risposta HTTP valida.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server certificate was not accepted.</source>
        <translation>La connessione protetta non è riuscita: il certificato del server non è stato accettato.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not have the expected checksum.</source>
        <translation>I byte del file non hanno il checksum atteso.</translation>
    </message>
</context>
<context>
    <name>Ferry::RuntimePaths</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>%1 is not a folder of this user</source>
        <translation>%1 non è una cartella di questo utente</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>impossibile limitare l&apos;accesso a %1 al solo utente</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Complete finished downloads automatically</source>
        <translation>Completa automaticamente i download terminati</translation>
    </message>
    <message>
        <source>Notify when a job finishes or fails</source>
        <translation>Notifica quando un processo termina o non riesce</translation>
    </message>
    <message>
        <source>Closing the window keeps Ferry running in the tray</source>
        <translation>Alla chiusura della finestra Ferry resta attivo nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>Start Ferry with the session, in the tray</source>
        <translation>Avvia Ferry all&apos;accesso, nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>Add dropped and pasted links without asking</source>
        <translation>Aggiungi senza chiedere i link trascinati e incollati</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Without this, a transferred download waits for Complete before its files appear</source>
        <translation>Senza questa opzione, un download trasferito attende &quot;Completa&quot; prima che i suoi file compaiano</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <extracomment>unit after a speed in kibibytes per second</extracomment>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>Cartella di download:</translation>
    </message>
    <message>
        <source>Jobs transferring at once:</source>
        <translation>Processi trasferiti contemporaneamente:</translation>
    </message>
    <message>
        <source>Download speed limit:</source>
        <translation>Limite di velocità di download:</translation>
    </message>
    <message>
        <source>Connections per large file:</source>
        <translation>Connessioni per file di grandi dimensioni:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>La nuova lingua avrà effetto al prossimo avvio di Ferry.</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Cartella di download</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>Nascon&amp;di Ferry</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Nuovo processo…</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Riprendi tutti</translation>
    </message>
    <message>
        <source>&amp;Suspend All</source>
        <translation>&amp;Sospendi tutti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>&amp;Mostra Ferry</translation>
    </message>
    <message>
        <source>Ferry: no active transfers</source>
        <translation>Ferry: nessun trasferimento attivo</translation>
    </message>
    <message numerus="yes">
        <source>Ferry: %n active job(s), %1</source>
        <comment>tray tooltip</comment>
        <extracomment>%1 is a speed such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>Ferry: %n processo attivo, %1</numerusform>
            <numerusform>Ferry: %n processi attivi, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Limit Speed to %1</source>
        <extracomment>%1 is a speed such as &quot;512 KB/s&quot;</extracomment>
        <translation>&amp;Limita la velocità a %1</translation>
    </message>
    <message>
        <source>&amp;Limit Speed…</source>
        <translation>&amp;Limita la velocità…</translation>
    </message>
</context>
<context>
    <name>Ferry::TusUpload</name>
    <message>
        <source>The server takes uploads of at most %1 bytes; the file has %2.</source>
        <translation>Il server accetta caricamenti di al massimo %1 byte; il file ne ha %2.</translation>
    </message>
    <message>
        <source>The tus server created an upload without a Location.</source>
        <translation>Il server tus ha creato un caricamento senza Location.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>the job no longer waits for a new link, or its file differs</source>
        <translation>il processo non attende più un nuovo link, oppure il suo file è diverso</translation>
    </message>
    <message>
        <source>the job to continue is not in the queue</source>
        <translation>il processo da continuare non è in coda</translation>
    </message>
    <message>
        <source>the download folder %1 does not exist</source>
        <translation>la cartella dei download %1 non esiste</translation>
    </message>
</context>
<context>
    <name>Hasher</name>
    <message>
        <source>Cannot read the file to check it: %1.</source>
        <translation>Impossibile leggere il file per verificarlo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file ended %n byte(s) early.</source>
        <translation>
            <numerusform>Il file è finito %n byte prima del previsto.</numerusform>
            <numerusform>Il file è finito %n byte prima del previsto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossibile aprire %1 per verificarlo: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 non è un file normale.</translation>
    </message>
</context>
<context>
    <name>HostRequest</name>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 è più lungo di %2 byte</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 non è un URL http o https</translation>
    </message>
    <message>
        <source>cookies must be a list</source>
        <translation>cookies deve essere un elenco</translation>
    </message>
    <message>
        <source>more than %1 cookies</source>
        <translation>più di %1 cookie</translation>
    </message>
    <message>
        <source>a cookie is not a {name, value} pair that can be sent</source>
        <translation>un cookie non è una coppia {name, value} che si possa inviare</translation>
    </message>
    <message>
        <source>the cookies are longer than %1 bytes</source>
        <translation>i cookie sono più lunghi di %1 byte</translation>
    </message>
    <message>
        <source>url is missing</source>
        <translation>manca url</translation>
    </message>
    <message>
        <source>referrer must be a string</source>
        <translation>referrer deve essere una stringa</translation>
    </message>
    <message>
        <source>userAgent must be a string</source>
        <translation>userAgent deve essere una stringa</translation>
    </message>
    <message>
        <source>userAgent is longer than %1 bytes or holds control characters</source>
        <translation>userAgent è più lungo di %1 byte o contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>filename must be a string</source>
        <translation>filename deve essere una stringa</translation>
    </message>
    <message>
        <source>filename is too long</source>
        <translation>filename è troppo lungo</translation>
    </message>
    <message>
        <source>size must be a whole number of bytes</source>
        <translation>size deve essere un numero intero di byte</translation>
    </message>
    <message>
        <source>folder must be a string</source>
        <translation>folder deve essere una stringa</translation>
    </message>
    <message>
        <source>folder must be an absolute path</source>
        <translation>folder deve essere un percorso assoluto</translation>
    </message>
    <message>
        <source>renew must be a job id or an empty string</source>
        <translation>renew deve essere l&apos;id di un processo o una stringa vuota</translation>
    </message>
    <message>
        <source>the message is not JSON: %1</source>
        <translation>il messaggio non è JSON: %1</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>il messaggio non è un oggetto JSON</translation>
    </message>
    <message>
        <source>id must be a number or a string of at most %1 characters</source>
        <translation>id deve essere un numero o una stringa di al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>protocol version %1 is not supported (this host speaks version %2)</source>
        <translation>la versione %1 del protocollo non è supportata (questo programma parla la versione %2)</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo di messaggio sconosciuto «%1»</translation>
    </message>
</context>
<context>
    <name>JobNames</name>
    <message>
        <source>Queued</source>
        <comment>job state</comment>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>job state</comment>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Transferring</source>
        <comment>job state</comment>
        <translation>Trasferimento in corso</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>job state</comment>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job state</comment>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Transient error</source>
        <comment>job state: will retry</comment>
        <translation>Errore temporaneo</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>job state: waiting for Complete</comment>
        <translation>Trasferito</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job state: ACKNOWLEDGED</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>job type</comment>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <comment>job type</comment>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Upload with reply</source>
        <comment>job type</comment>
        <translation>Upload con risposta</translation>
    </message>
    <message>
        <source>Foreground</source>
        <comment>job priority</comment>
        <translation>Primo piano</translation>
    </message>
    <message>
        <source>High</source>
        <comment>job priority</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>job priority</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>job priority</comment>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>No error</source>
        <comment>error context</comment>
        <translation>Nessun errore</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <comment>error context</comment>
        <translation>Causa sconosciuta</translation>
    </message>
    <message>
        <source>Transfer engine</source>
        <comment>error context</comment>
        <translation>Motore di trasferimento</translation>
    </message>
    <message>
        <source>Notification</source>
        <comment>error context</comment>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Local file</source>
        <comment>error context</comment>
        <translation>File locale</translation>
    </message>
    <message>
        <source>Remote file</source>
        <comment>error context</comment>
        <translation>File remoto</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>error context</comment>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Server application</source>
        <comment>error context</comment>
        <translation>Applicazione server</translation>
    </message>
    <message>
        <source>Server certificate check</source>
        <comment>error context</comment>
        <translation>Verifica del certificato del server</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>transfer speed; %1 is a size such as &quot;1.5 MiB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, e.g. &quot;3 h 5 min&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <comment>checksum of a file</comment>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>checksum of a file: the bytes match</comment>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <comment>checksum of a file: the bytes do not match</comment>
        <translation>Non corrisponde</translation>
    </message>
    <message>
        <source>given by you</source>
        <comment>where a checksum came from</comment>
        <translation>indicato da te</translation>
    </message>
    <message>
        <source>the server (Repr-Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>il server (Repr-Digest)</translation>
    </message>
    <message>
        <source>the server (Content-Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>il server (Content-Digest)</translation>
    </message>
    <message>
        <source>the server (Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>il server (Digest)</translation>
    </message>
    <message>
        <source>a Metalink</source>
        <comment>where a checksum came from</comment>
        <translation>un Metalink</translation>
    </message>
    <message>
        <source>a checksum file</source>
        <comment>where a checksum came from</comment>
        <translation>un file di checksum</translation>
    </message>
</context>
<context>
    <name>JobPrinter</name>
    <message>
        <source>unknown</source>
        <comment>size</comment>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÀ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FATTO</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>VELOCITÀ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n processo</numerusform>
            <numerusform>%n processi</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts</extracomment>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 di %2, %3 di %4 file</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Transferred at</source>
        <translation>Trasferito il</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <source>No-progress timeout</source>
        <translation>Timeout senza avanzamento</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum retry delay</source>
        <translation>Ritardo minimo tra i tentativi</translation>
    </message>
    <message>
        <source>Notify flags</source>
        <translation>Flag di notifica</translation>
    </message>
    <message>
        <source>Notify command</source>
        <translation>Comando di notifica</translation>
    </message>
    <message>
        <source>Auto-complete</source>
        <translation>Completamento automatico</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>File di risposta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Error context</source>
        <translation>Contesto dell&apos;errore</translation>
    </message>
    <message>
        <source>File %1</source>
        <extracomment>%1 is a file&apos;s number in the job</extracomment>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Intestazione personalizzata</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>%1 is not a Ferry job database; Ferry leaves it as it is. Move it away to start with an empty queue.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 non è un database dei processi di Ferry; Ferry lo lascia com&apos;è. Spostalo altrove per ripartire con una coda vuota.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Ferry job database; Ferry leaves it as it is. Move it away to start with an empty queue.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 è vuoto e non è un database dei processi di Ferry; Ferry lo lascia com&apos;è. Spostalo altrove per ripartire con una coda vuota.</translation>
    </message>
</context>
<context>
    <name>JobValidation</name>
    <message>
        <source>the URL is not valid</source>
        <translation>l&apos;URL non è valido</translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>sono supportati solo gli URL http e https</translation>
    </message>
    <message>
        <source>the URL is longer than 2,200 characters</source>
        <translation>l&apos;URL supera i 2.200 caratteri</translation>
    </message>
    <message>
        <source>the local path must be absolute</source>
        <translation>il percorso locale deve essere assoluto</translation>
    </message>
    <message>
        <source>the local path is too long</source>
        <translation>il percorso locale è troppo lungo</translation>
    </message>
    <message>
        <source>the local path must not contain wildcards</source>
        <translation>il percorso locale non deve contenere caratteri jolly</translation>
    </message>
    <message>
        <source>the destination folder does not exist</source>
        <translation>la cartella di destinazione non esiste</translation>
    </message>
    <message>
        <source>the destination folder is not writable</source>
        <translation>la cartella di destinazione non è scrivibile</translation>
    </message>
    <message>
        <source>the file to upload does not exist</source>
        <translation>il file da caricare non esiste</translation>
    </message>
    <message>
        <source>the file to upload is not readable</source>
        <translation>il file da caricare non è leggibile</translation>
    </message>
    <message>
        <source>the reply file path must be absolute</source>
        <translation>il percorso del file di risposta deve essere assoluto</translation>
    </message>
    <message>
        <source>the reply file&apos;s folder does not exist</source>
        <translation>la cartella del file di risposta non esiste</translation>
    </message>
    <message>
        <source>the reply file&apos;s folder is not writable</source>
        <translation>la cartella del file di risposta non è scrivibile</translation>
    </message>
    <message>
        <source>the display name is longer than 256 characters</source>
        <translation>il nome visualizzato supera i 256 caratteri</translation>
    </message>
    <message>
        <source>the description is longer than 1,024 characters</source>
        <translation>la descrizione supera i 1.024 caratteri</translation>
    </message>
    <message>
        <source>the custom headers are longer than 16 KB</source>
        <translation>le intestazioni personalizzate superano i 16 KB</translation>
    </message>
    <message>
        <source>a custom header is not of the form &quot;Name: value&quot;</source>
        <translation>un&apos;intestazione personalizzata non è nel formato &quot;Nome: valore&quot;</translation>
    </message>
    <message>
        <source>the program path is too long</source>
        <translation>il percorso del programma è troppo lungo</translation>
    </message>
    <message>
        <source>the program must be given by its absolute path</source>
        <translation>il programma deve essere indicato con il percorso assoluto</translation>
    </message>
    <message>
        <source>the arguments are longer than 4,000 characters</source>
        <translation>gli argomenti superano i 4.000 caratteri</translation>
    </message>
    <message>
        <source>Basic and Digest credentials need a user name</source>
        <translation>le credenziali Basic e Digest richiedono un nome utente</translation>
    </message>
    <message>
        <source>proxy lists are only allowed with an explicit proxy</source>
        <translation>gli elenchi di proxy sono consentiti solo con un proxy esplicito</translation>
    </message>
    <message>
        <source>an explicit proxy needs a proxy list</source>
        <translation>un proxy esplicito richiede un elenco di proxy</translation>
    </message>
    <message>
        <source>the file name is longer than %1 bytes (its temporary file adds 14 to the 255 a name may have)</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>il nome del file supera i %1 byte (il file temporaneo aggiunge 14 byte ai 255 ammessi per un nome)</translation>
    </message>
</context>
<context>
    <name>Metalink</name>
    <message>
        <source>The Metalink document declares a DTD or entities, which Ferry does not accept.</source>
        <translation>Il documento Metalink dichiara un DTD o delle entità, che Ferry non accetta.</translation>
    </message>
    <message>
        <source>This is not a Metalink document.</source>
        <translation>Questo non è un documento Metalink.</translation>
    </message>
    <message>
        <source>The Metalink document lists more than %1 files.</source>
        <translation>Il documento Metalink elenca più di %1 file.</translation>
    </message>
    <message>
        <source>The Metalink document is not well-formed XML: %1 (line %2).</source>
        <extracomment>%1 is the XML parser&apos;s message, %2 a line number</extracomment>
        <translation>Il documento Metalink non è XML ben formato: %1 (riga %2).</translation>
    </message>
    <message>
        <source>The Metalink document lists no file Ferry can download.</source>
        <translation>Il documento Metalink non elenca alcun file che Ferry possa scaricare.</translation>
    </message>
    <message>
        <source>The size given for “%1” is not a number.</source>
        <translation>La dimensione indicata per «%1» non è un numero.</translation>
    </message>
    <message>
        <source>Skipped the file “%1”: its name leads out of the download folder.</source>
        <extracomment>%1 is the file name a Metalink document gave</extracomment>
        <translation>Saltato il file «%1»: il suo nome porta fuori dalla cartella di download.</translation>
    </message>
    <message>
        <source>Skipped a second file named “%1”.</source>
        <translation>Saltato un secondo file di nome «%1».</translation>
    </message>
    <message>
        <source>Ignored a malformed %1 hash of “%2”.</source>
        <extracomment>%1 is an algorithm name, %2 a file name</extracomment>
        <translation>Ignorato un hash %1 malformato di «%2».</translation>
    </message>
    <message>
        <source>Ignored malformed piece hashes.</source>
        <translation>Ignorati hash dei pezzi malformati.</translation>
    </message>
    <message>
        <source>Skipped the mirror “%1”: Ferry downloads only from http and https URLs.</source>
        <extracomment>%1 is a URL from a Metalink document</extracomment>
        <translation>Saltato il mirror «%1»: Ferry scarica solo da URL http e https.</translation>
    </message>
    <message>
        <source>Ignored the piece hashes of “%1”: they do not cover its size.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Ignorati gli hash dei pezzi di «%1»: non ne coprono la dimensione.</translation>
    </message>
    <message>
        <source>The Metalink document is larger than %1 MiB.</source>
        <translation>Il documento Metalink supera %1 MiB.</translation>
    </message>
</context>
<context>
    <name>NativeHost</name>
    <message>
        <source>the message is %1 bytes long; the host accepts at most %2</source>
        <translation>il messaggio è lungo %1 byte; il programma ne accetta al massimo %2</translation>
    </message>
    <message>
        <source>a message length of %1 bytes is not native messaging; the host stops</source>
        <translation>una lunghezza di %1 byte non è native messaging; il programma si ferma</translation>
    </message>
    <message>
        <source>the answer would be larger than 1 MiB</source>
        <translation>la risposta sarebbe più grande di 1 MiB</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>è un collegamento simbolico</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>it has other hard links</source>
        <translation>ha altri collegamenti fisici</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>appartiene a un altro utente</translation>
    </message>
    <message>
        <source>it is not the file Ferry created</source>
        <translation>non è il file creato da Ferry</translation>
    </message>
    <message>
        <source>%1 is not Ferry&apos;s temporary file (%2); it was left as it is</source>
        <extracomment>%1 is a file path, %2 the reason (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>%1 non è il file temporaneo di Ferry (%2); è stato lasciato com&apos;è</translation>
    </message>
    <message>
        <source>it changed while it was opened</source>
        <translation>è cambiato mentre veniva aperto</translation>
    </message>
    <message>
        <source>it appeared while it was created</source>
        <translation>è comparso mentre veniva creato</translation>
    </message>
    <message>
        <source>%1 was deleted (or its folder was) during the transfer</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 (o la sua cartella) è stato eliminato durante il trasferimento</translation>
    </message>
    <message>
        <source>%1 is gone: the downloaded data was removed</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 non c&apos;è più: i dati scaricati sono stati rimossi</translation>
    </message>
    <message>
        <source>it changed while it was renamed</source>
        <translation>è cambiato mentre veniva rinominato</translation>
    </message>
</context>
<context>
    <name>ResponseValidator</name>
    <message>
        <source>The server sent more bytes than it announced.</source>
        <translation>Il server ha inviato più byte di quanti ne aveva annunciati.</translation>
    </message>
    <message>
        <source>The server sent the file encoded (%1) although Ferry asked for it as it is; Ferry neither stores nor unpacks what it did not ask for.</source>
        <extracomment>%1 is the server&apos;s Content-Encoding, e.g. &quot;gzip&quot;</extracomment>
        <translation>Il server ha inviato il file codificato (%1) anche se Ferry lo aveva chiesto così com&apos;è; Ferry non salva né decomprime ciò che non ha chiesto.</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length (&quot;%1&quot;).</source>
        <extracomment>%1 is the header&apos;s value as the server sent it</extracomment>
        <translation>Il server ha inviato un Content-Length non valido («%1»).</translation>
    </message>
    <message>
        <source>The server sent an impossible Content-Range (&quot;%1&quot;).</source>
        <extracomment>%1 is the Content-Range header as the server sent it</extracomment>
        <translation>Il server ha inviato un Content-Range impossibile («%1»).</translation>
    </message>
    <message>
        <source>The server&apos;s Content-Length (%1) is not the length of its Content-Range (%2).</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>Il Content-Length del server (%1) non corrisponde alla lunghezza del suo Content-Range (%2).</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 bytes transferred of %2 in total</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>several URLs need an existing destination folder</source>
        <translation>più URL richiedono una cartella di destinazione esistente</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>retrying: %1</source>
        <translation>nuovo tentativo: %1</translation>
    </message>
    <message>
        <source>interrupted; the job is suspended: ferryctl resume %1</source>
        <translation>interrotto; il processo è sospeso: ferryctl resume %1</translation>
    </message>
    <message>
        <source>the job was %1 elsewhere</source>
        <translation>il processo è stato portato nello stato &quot;%1&quot; da un altro client</translation>
    </message>
    <message>
        <source>the engine stopped; the job stays in its queue</source>
        <translation>il motore si è arrestato; il processo resta in coda</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry download and upload manager</source>
        <translation>Ferry, gestore di download e upload</translation>
    </message>
    <message>
        <source>Use this interface language (en, ru, it).</source>
        <translation>Usa questa lingua per l&apos;interfaccia (en, ru, it).</translation>
    </message>
    <message>
        <source>URLs to download.</source>
        <translation>URL da scaricare.</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot start its transfer engine.

%1: %2</source>
        <translation>Ferry non riesce ad avviare il motore di trasferimento.

%1: %2</translation>
    </message>
    <message>
        <source>Show the window of the Ferry that runs already.</source>
        <translation>Mostra la finestra dell&apos;istanza di Ferry già in esecuzione.</translation>
    </message>
    <message>
        <source>Start in the tray, without showing the window.</source>
        <translation>Avvia nell&apos;area di notifica, senza mostrare la finestra.</translation>
    </message>
    <message>
        <source>Run the transfer engine without a window, for ferryctl and scripts, until it is stopped.</source>
        <translation>Esegue il motore di trasferimento senza finestra, per ferryctl e gli script, finché non viene arrestato.</translation>
    </message>
    <message>
        <source>--daemon takes no URLs; add them with ferryctl</source>
        <translation>--daemon non accetta URL; aggiungerli con ferryctl</translation>
    </message>
    <message>
        <source>Quit the Ferry that runs, without asking; its transfers go on where they stopped the next time Ferry starts.</source>
        <translation>Chiude il Ferry in esecuzione senza chiedere; i trasferimenti riprendono da dove si erano fermati al prossimo avvio di Ferry.</translation>
    </message>
    <message>
        <source>No Ferry is running.</source>
        <translation>Nessun Ferry è in esecuzione.</translation>
    </message>
</context>
</TS>
