<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BrowserCommand</name>
    <message>
        <source>unknown browser &quot;%1&quot; (chromium, chrome, firefox or all)</source>
        <translation>неизвестный браузер «%1» (chromium, chrome, firefox или all)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (install, uninstall or status)</source>
        <translation>неизвестное действие «%1» (install, uninstall или status)</translation>
    </message>
    <message>
        <source>%1: host registered in %2</source>
        <extracomment>%1 is a browser&apos;s name, %2 a folder</extracomment>
        <translation>%1: вспомогательная программа зарегистрирована в %2</translation>
    </message>
    <message>
        <source>%1: registration removed from %2</source>
        <translation>%1: регистрация удалена из %2</translation>
    </message>
</context>
<context>
    <name>BrowserRegistration</name>
    <message>
        <source>the host program %1 is not there or cannot be run</source>
        <translation>вспомогательная программа %1 отсутствует или не может быть запущена</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <source>%1: not installed</source>
        <translation>%1: не установлен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>host not registered (run &quot;ferryctl browser install --browser %1&quot;)</source>
        <translation>вспомогательная программа не зарегистрирована (выполните «ferryctl browser install --browser %1»)</translation>
    </message>
    <message>
        <source>%1 is not Ferry&apos;s host manifest</source>
        <translation>%1 — не манифест вспомогательной программы Ferry</translation>
    </message>
    <message>
        <source>%1 names %2, which is not there</source>
        <translation>%1 указывает на %2, которого нет</translation>
    </message>
    <message>
        <source>host registered for this user: %1</source>
        <translation>вспомогательная программа зарегистрирована для этого пользователя: %1</translation>
    </message>
    <message>
        <source>host registered for the system: %1</source>
        <translation>вспомогательная программа зарегистрирована для всей системы: %1</translation>
    </message>
    <message>
        <source>%1 found: a sandboxed browser cannot start Ferry&apos;s host</source>
        <translation>найден %1: браузер в изолированной среде не может запустить вспомогательную программу Ferry</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>The checksum file is larger than %1 MiB.</source>
        <translation>Файл контрольных сумм больше %1 МиБ.</translation>
    </message>
    <message>
        <source>This is not a checksum file: it holds binary data.</source>
        <translation>Это не файл контрольных сумм: в нём двоичные данные.</translation>
    </message>
    <message>
        <source>The checksum file holds no checksum.</source>
        <translation>В файле контрольных сумм нет ни одной контрольной суммы.</translation>
    </message>
</context>
<context>
    <name>ChecksumParser</name>
    <message>
        <source>“%1” is not a hexadecimal checksum.</source>
        <extracomment>%1 is what the user gave as a checksum</extracomment>
        <translation>«%1» — не шестнадцатеричная контрольная сумма.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 checksum has %2 hexadecimal digits, this one %n.</source>
        <extracomment>%1 is an algorithm name (sha256), %2 its number of digits; %n the digits given</extracomment>
        <translation>
            <numerusform>Контрольная сумма %1 состоит из %2 шестнадцатеричных цифр, а эта — из %n.</numerusform>
            <numerusform>Контрольная сумма %1 состоит из %2 шестнадцатеричных цифр, а эта — из %n.</numerusform>
            <numerusform>Контрольная сумма %1 состоит из %2 шестнадцатеричных цифр, а эта — из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown checksum algorithm “%1”: Ferry checks md5, sha1, sha256 and sha512.</source>
        <extracomment>%1 is the algorithm name the user wrote</extracomment>
        <translation>Неизвестный алгоритм контрольной суммы «%1»: Ferry проверяет md5, sha1, sha256 и sha512.</translation>
    </message>
    <message numerus="yes">
        <source>No checksum algorithm has %n hexadecimal digit(s).</source>
        <translation>
            <numerusform>Контрольной суммы из %n шестнадцатеричной цифры не бывает.</numerusform>
            <numerusform>Контрольной суммы из %n шестнадцатеричных цифр не бывает.</numerusform>
            <numerusform>Контрольной суммы из %n шестнадцатеричных цифр не бывает.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checksum given.</source>
        <translation>Контрольная сумма не указана.</translation>
    </message>
    <message>
        <source>Give one checksum, on one line.</source>
        <translation>Укажите одну контрольную сумму в одной строке.</translation>
    </message>
    <message>
        <source>Expected a %1 checksum, found a %2 one.</source>
        <extracomment>%1 and %2 are algorithm names (sha256, sha512)</extracomment>
        <translation>Ожидалась контрольная сумма %1, а найдена %2.</translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message>
        <source>Queue a job for transfer.</source>
        <translation>Поставить задание в очередь на передачу.</translation>
    </message>
    <message>
        <source>Pause a job.</source>
        <translation>Приостановить задание.</translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation>Отменить задание и удалить его временные файлы.</translation>
    </message>
    <message>
        <source>Make a job&apos;s transferred files available and finish it.</source>
        <translation>Сделать переданные файлы задания доступными и завершить его.</translation>
    </message>
    <message>
        <source>Change a job&apos;s priority.</source>
        <translation>Изменить приоритет задания.</translation>
    </message>
    <message>
        <source>Change a job&apos;s display name.</source>
        <translation>Изменить отображаемое имя задания.</translation>
    </message>
    <message>
        <source>Change a job&apos;s description.</source>
        <translation>Изменить описание задания.</translation>
    </message>
    <message>
        <source>Set how long a job may retry without progress before it fails.</source>
        <translation>Задать, как долго задание может повторять попытки без продвижения, прежде чем перейти в состояние ошибки.</translation>
    </message>
    <message>
        <source>Set the minimum delay before a failed transfer is retried.</source>
        <translation>Задать минимальную задержку перед повтором неудавшейся передачи.</translation>
    </message>
    <message>
        <source>Set the notify flags (1 transferred, 2 error, 4 disable, 8 modification).</source>
        <translation>Задать флаги уведомлений (1 — передано, 2 — ошибка, 4 — отключить, 8 — изменение).</translation>
    </message>
    <message>
        <source>Run a program when the job is transferred or fails (an empty PROGRAM removes it).</source>
        <translation>Запускать программу, когда задание передано или завершилось ошибкой (пустой PROGRAM отменяет запуск).</translation>
    </message>
    <message>
        <source>Set where an upload-reply job saves the server&apos;s reply.</source>
        <translation>Задать, куда задание отправки с ответом (upload-reply) сохраняет ответ сервера.</translation>
    </message>
    <message>
        <source>Set the credentials for the server or the proxy.</source>
        <translation>Задать учётные данные для сервера или прокси-сервера.</translation>
    </message>
    <message>
        <source>List the jobs in the queue (--all adds the history of finished jobs).</source>
        <translation>Вывести список заданий в очереди (--all добавляет историю завершённых заданий).</translation>
    </message>
    <message>
        <source>Usage: ferryctl COMMAND [ARGUMENTS]</source>
        <translation>Использование: ferryctl COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Usage: ferryctl %1</source>
        <translation>Использование: ferryctl %1</translation>
    </message>
    <message>
        <source>ferryctl drives Ferry&apos;s transfer jobs from the command line, like bitsadmin.</source>
        <translation>ferryctl управляет заданиями передачи Ferry из командной строки, как bitsadmin.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>unknown job type &quot;%1&quot;</source>
        <translation>неизвестный тип задания «%1»</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;</source>
        <translation>неизвестный приоритет «%1»</translation>
    </message>
    <message>
        <source>not an http(s) URL: &quot;%1&quot;</source>
        <translation>не URL-адрес http(s): «%1»</translation>
    </message>
    <message>
        <source>unreadable rate &quot;%1&quot; (examples: 500K, 2M, 1.5MiB)</source>
        <translation>нераспознанная скорость «%1» (примеры: 500K, 2M, 1.5MiB)</translation>
    </message>
    <message>
        <source>--segments takes a number from 1 to 16</source>
        <translation>--segments принимает число от 1 до 16</translation>
    </message>
    <message>
        <source>Create a job (SUSPENDED, without files) and print its id. With --auto-complete the job completes itself once its files are in.</source>
        <translation>Создать задание (SUSPENDED, без файлов) и вывести его идентификатор. С --auto-complete задание завершается само, как только все его файлы переданы.</translation>
    </message>
    <message>
        <source>Send these HTTP headers with every request of the job (none: remove them).</source>
        <translation>Отправлять эти заголовки HTTP с каждым запросом задания (без заголовков — удалить их).</translation>
    </message>
    <message>
        <source>Change the URL of one file of a job (the first file is 0).</source>
        <translation>Изменить URL-адрес одного файла задания (первый файл — 0).</translation>
    </message>
    <message>
        <source>Show every property of a job, also of a finished one.</source>
        <translation>Показать все свойства задания, в том числе завершённого.</translation>
    </message>
    <message>
        <source>Show every change of every job as it happens, until interrupted (Ctrl+C).</source>
        <translation>Показывать все изменения всех заданий по мере их появления, пока не будет прервано (Ctrl+C).</translation>
    </message>
    <message>
        <source>Wait until a job is transferred, fails or is finished. Exit status 4 when it ended in ERROR or CANCELLED, 5 when the timeout passed first.</source>
        <translation>Ждать, пока задание не будет передано, не завершится ошибкой или не будет завершено. Код выхода 4, если оно закончилось в состоянии ERROR или CANCELLED, 5 — если раньше истёк тайм-аут.</translation>
    </message>
    <message>
        <source>Run &quot;ferryctl help COMMAND&quot; or &quot;ferryctl COMMAND --help&quot; for the description of a command.</source>
        <translation>Выполните «ferryctl help COMMAND» или «ferryctl COMMAND --help», чтобы получить описание команды.</translation>
    </message>
    <message>
        <source>JOB is a job id or any unique prefix of it. --json prints JSON. Exit status: 0 success, 1 usage error, 2 no engine, 3 the call was refused, 4 the waited-for job failed or was cancelled, 5 wait timed out.</source>
        <translation>JOB — идентификатор задания или любой его уникальный префикс. --json выводит JSON. Код выхода: 0 — успех, 1 — ошибка использования, 2 — нет модуля передачи, 3 — вызов отклонён, 4 — ожидаемое задание завершилось ошибкой или было отменено, 5 — истёк тайм-аут ожидания.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 требуется значение</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 не принимает %2</translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation>модуль передачи остановлен</translation>
    </message>
    <message>
        <source>%1, left the queue</source>
        <translation>%1, покинуло очередь</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout принимает число секунд</translation>
    </message>
    <message>
        <source>%1 is still %2</source>
        <translation>%1 всё ещё в состоянии «%2»</translation>
    </message>
    <message>
        <source>Download the URLs into DEST (a file, or a folder), or upload FILE to URL, and wait until the job is complete.</source>
        <translation>Загрузить URL в DEST (файл или папку) или выгрузить FILE по адресу URL и дождаться завершения задания.</translation>
    </message>
    <message>
        <source>--protocol goes with --upload</source>
        <translation>--protocol используется только с --upload</translation>
    </message>
    <message>
        <source>unknown upload protocol &quot;%1&quot; (put, post or tus)</source>
        <translation>неизвестный протокол выгрузки «%1» (put, post или tus)</translation>
    </message>
    <message>
        <source>--upload takes one FILE and one URL</source>
        <translation>--upload принимает один FILE и один URL</translation>
    </message>
    <message>
        <source>Register Ferry&apos;s browser extension host for this user, remove that, or show what each browser finds (Flatpak and Snap browsers cannot reach it).</source>
        <translation>Зарегистрировать вспомогательную программу расширения браузера Ferry для этого пользователя, удалить регистрацию или показать, что находит каждый браузер (браузеры из Flatpak и Snap не могут до неё добраться).</translation>
    </message>
    <message>
        <source>Add a file to a job. With --checksum the file is transferred only when its bytes have that digest (sha256:HEX, sha512:, sha1:, md5: or bare hex).</source>
        <translation>Добавить файл в задание. С --checksum файл считается переданным, только если его байты имеют эту контрольную сумму (sha256:HEX, sha512:, sha1:, md5: или просто hex).</translation>
    </message>
    <message>
        <source>Set the digest file number FILE (from 0) of a download must have; an empty checksum (&quot;&quot;) removes it. A file already in is checked again.</source>
        <translation>Задать контрольную сумму, которую должен иметь файл номер FILE (с 0) загрузки; пустая сумма (&quot;&quot;) её убирает. Уже полученный файл проверяется заново.</translation>
    </message>
    <message>
        <source>FILE must be a file number</source>
        <translation>FILE должен быть номером файла</translation>
    </message>
</context>
<context>
    <name>DigestHeaders</name>
    <message>
        <source>The server&apos;s digests describe the %1-encoded bytes, not the file: they are not used to verify it.</source>
        <extracomment>%1 is a content coding such as gzip</extracomment>
        <translation>Дайджесты сервера описывают байты в кодировке %1, а не сам файл: для его проверки они не используются.</translation>
    </message>
    <message>
        <source>The Content-Digest of a partial response covers only its range: it is not used to verify the file.</source>
        <translation>Content-Digest частичного ответа охватывает только его диапазон: для проверки файла он не используется.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it has the wrong length.</source>
        <extracomment>%1 is an algorithm (sha256), %2 a header name (Repr-Digest)</extracomment>
        <translation>Дайджест %1 из заголовка %2 пропущен: у него неверная длина.</translation>
    </message>
    <message>
        <source>Ignored a malformed %1 header.</source>
        <extracomment>%1 is a header name (Repr-Digest)</extracomment>
        <translation>Пропущен некорректный заголовок %1.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it is not a byte sequence.</source>
        <translation>Дайджест %1 из заголовка %2 пропущен: это не последовательность байтов.</translation>
    </message>
    <message>
        <source>Ignored the %1 digest of the %2 header: it is not valid base64.</source>
        <translation>Дайджест %1 из заголовка %2 пропущен: это некорректный base64.</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine is not running</source>
        <translation>движок не запущен</translation>
    </message>
</context>
<context>
    <name>EngineLink</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>не удаётся запустить %1: %2</translation>
    </message>
    <message>
        <source>the Ferry engine did not start (%1)</source>
        <translation>модуль передачи Ferry не запустился (%1)</translation>
    </message>
    <message>
        <source>the Ferry engine did not start: %1</source>
        <translation>модуль передачи Ferry не запустился: %1</translation>
    </message>
    <message>
        <source>no Ferry engine runs, and &quot;ferry&quot; was found neither next to %1 nor in PATH to start one</source>
        <translation>модуль передачи Ferry не запущен, а программа «ferry», чтобы его запустить, не найдена ни рядом с %1, ни в PATH</translation>
    </message>
</context>
<context>
    <name>Ferry::BrowserPage</name>
    <message>
        <source>Register for This User</source>
        <translation>Зарегистрировать для этого пользователя</translation>
    </message>
    <message>
        <source>Ferry&apos;s browser extension hands the downloads that Chromium, Google Chrome or Firefox start over to Ferry, with the cookies and the referrer the server needs. The extension talks to Ferry through a small helper program, which each browser must find.</source>
        <translation>Расширение Ferry для браузера передаёт в Ferry загрузки, которые начинают Chromium, Google Chrome или Firefox, вместе с cookie и адресом страницы, которые нужны серверу. Расширение общается с Ferry через небольшую вспомогательную программу, которую должен найти каждый браузер.</translation>
    </message>
    <message>
        <source>Writes the helper&apos;s manifest where each browser of this user looks for it, as &quot;ferryctl browser install&quot; does</source>
        <translation>Записывает манифест вспомогательной программы туда, где его ищет каждый браузер этого пользователя, как это делает «ferryctl browser install»</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Installation Instructions…</source>
        <translation>Инструкция по установке…</translation>
    </message>
    <message>
        <source>The extension: %1 (Chromium, Chrome), %2 (Firefox)</source>
        <extracomment>%1 and %2 are folders</extracomment>
        <translation>Расширение: %1 (Chromium, Chrome), %2 (Firefox)</translation>
    </message>
    <message>
        <source>Registered for Chromium, Google Chrome and Firefox.</source>
        <translation>Зарегистрировано для Chromium, Google Chrome и Firefox.</translation>
    </message>
</context>
<context>
    <name>Ferry::Engine</name>
    <message>
        <source>another Ferry engine is running (process %1)</source>
        <translation>уже работает другой модуль передачи Ferry (процесс %1)</translation>
    </message>
</context>
<context>
    <name>Ferry::FileVerifier</name>
    <message>
        <source>The temporary file %1 does not have the size of the download; it is fetched again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Временный файл %1 не совпадает по размеру с загрузкой; он будет загружен заново.</translation>
    </message>
    <message>
        <source>The bytes from %1 have the checksum %2, not %3 (%4). The file was removed; resume the job to download it again.</source>
        <extracomment>%1 is a URL, %2 and %3 checksums (&quot;sha256:9f86…&quot;), %4 where the second came from</extracomment>
        <translation>Байты с %1 имеют контрольную сумму %2, а не %3 (%4). Файл удалён; возобновите задание, чтобы загрузить его заново.</translation>
    </message>
</context>
<context>
    <name>Ferry::FilterBar</name>
    <message>
        <source>All</source>
        <comment>filter</comment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>filter</comment>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>filter</comment>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>filter: waiting for Complete</comment>
        <translation>Переданные</translation>
    </message>
    <message>
        <source>History</source>
        <comment>filter: finished and cancelled jobs</comment>
        <translation>История</translation>
    </message>
    <message>
        <source>Search jobs…</source>
        <translation>Поиск заданий…</translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryCommands</name>
    <message>
        <source>The jobs could not be removed from the list.</source>
        <translation>Не удалось убрать задания из списка.</translation>
    </message>
    <message>
        <source>Remove and Delete Files</source>
        <translation>Убрать и удалить файлы</translation>
    </message>
    <message>
        <source>The downloaded files are no longer there.</source>
        <translation>Загруженных файлов больше нет на месте.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n downloaded file(s) (%1) from the disk and remove their jobs from the list? This cannot be undone.</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Удалить с диска %n загруженный файл (%1) и убрать его задание из списка? Это нельзя отменить.</numerusform>
            <numerusform>Удалить с диска %n загруженных файла (%1) и убрать их задания из списка? Это нельзя отменить.</numerusform>
            <numerusform>Удалить с диска %n загруженных файлов (%1) и убрать их задания из списка? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Files</source>
        <translation>&amp;Удалить файлы</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not deleted: another file has the name now, or it could not be removed. Their jobs stay in the list.</source>
        <translation>
            <numerusform>%n файл не удалён: под его именем теперь другой файл, или его не удалось удалить. Его задание остаётся в списке.</numerusform>
            <numerusform>%n файла не удалены: под их именами теперь другие файлы, или их не удалось удалить. Их задания остаются в списке.</numerusform>
            <numerusform>%n файлов не удалены: под их именами теперь другие файлы, или их не удалось удалить. Их задания остаются в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be downloaded again.</source>
        <translation>Не удалось загрузить файлы заново.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Очистка истории</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list:</source>
        <translation>Убрать из списка завершённые задания:</translation>
    </message>
    <message>
        <source>&amp;All finished jobs</source>
        <translation>&amp;Все завершённые задания</translation>
    </message>
    <message>
        <source>Jobs finished &amp;more than</source>
        <translation>Завершённые &amp;более</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message numerus="yes">
        <source> day(s) ago</source>
        <extracomment>after a number of days: &quot;Jobs finished more than [30] days ago&quot;</extracomment>
        <translation>
            <numerusform> дня назад</numerusform>
            <numerusform> дней назад</numerusform>
            <numerusform> дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished job matches.</source>
        <translation>Подходящих завершённых заданий нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) will be removed from the list. Their files stay on the disk.</source>
        <translation>
            <numerusform>Из списка будет убрано %n завершённое задание. Файлы останутся на диске.</numerusform>
            <numerusform>Из списка будут убраны %n завершённых задания. Файлы останутся на диске.</numerusform>
            <numerusform>Из списка будут убраны %n завершённых заданий. Файлы останутся на диске.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HttpDownload</name>
    <message>
        <source>The server closed the connection after %1 of %2 bytes.</source>
        <translation>Сервер закрыл соединение после %1 из %2 байтов.</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpTransfer</name>
    <message numerus="yes">
        <source>Nothing moved for %n second(s).</source>
        <translation>
            <numerusform>Нет передачи данных %n секунду.</numerusform>
            <numerusform>Нет передачи данных %n секунды.</numerusform>
            <numerusform>Нет передачи данных %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::IpcClient</name>
    <message>
        <source>not connected to the engine</source>
        <translation>нет подключения к модулю передачи</translation>
    </message>
    <message>
        <source>the engine did not answer in time</source>
        <translation>модуль передачи не ответил за отведённое время</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>модуль передачи закрыл соединение</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcConnection</name>
    <message>
        <source>a request line is longer than %1 bytes</source>
        <translation>строка запроса длиннее %1 байт</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>некорректный JSON: %1 (байт %2)</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>запрос должен быть объектом JSON</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcMethods</name>
    <message>
        <source>the engine is not running</source>
        <translation>модуль передачи не запущен</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>массивом строк</translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation>целым числом от 0 до 4294967295</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <source>foreground, high, normal or low</source>
        <translation>foreground, high, normal или low</translation>
    </message>
    <message>
        <source>params.%1 must be %2</source>
        <extracomment>%1 is a parameter name of the IPC protocol, %2 what it must be</extracomment>
        <translation>параметр params.%1 должен быть %2</translation>
    </message>
    <message>
        <source>unknown job type &quot;%1&quot;</source>
        <translation>неизвестный тип задания «%1»</translation>
    </message>
    <message>
        <source>unknown upload protocol &quot;%1&quot;</source>
        <translation>неизвестный протокол выгрузки «%1»</translation>
    </message>
    <message>
        <source>segments must be from 1 to 16</source>
        <translation>число сегментов должно быть от 1 до 16</translation>
    </message>
</context>
<context>
    <name>Ferry::IpcServer</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>не удаётся прослушивать %1: %2</translation>
    </message>
    <message>
        <source>too many clients</source>
        <translation>слишком много клиентов</translation>
    </message>
    <message>
        <source>unsupported protocol version (this engine speaks version %1)</source>
        <translation>неподдерживаемая версия протокола (этот модуль передачи поддерживает версию %1)</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a string</source>
        <translation>поле «method» должно быть строкой</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be an object</source>
        <translation>поле «params» должно быть объектом</translation>
    </message>
    <message>
        <source>this engine runs without a window</source>
        <translation>этот модуль передачи работает без окна</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>неизвестный метод «%1»</translation>
    </message>
    <message>
        <source>the window quits only when its user says so (ferry --quit)</source>
        <translation>окно закрывается только по команде пользователя (ferry --quit)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Отменить задание</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <comment>verb: complete the job</comment>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Start or continue transferring the selected jobs</source>
        <translation>Начать или продолжить передачу выбранных заданий</translation>
    </message>
    <message>
        <source>Pause the selected jobs</source>
        <translation>Приостановить выбранные задания</translation>
    </message>
    <message>
        <source>Cancel the selected jobs and delete their temporary files</source>
        <translation>Отменить выбранные задания и удалить их временные файлы</translation>
    </message>
    <message>
        <source>Make the transferred files available and finish the selected jobs</source>
        <translation>Сделать переданные файлы доступными и завершить выбранные задания</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Пр&amp;иоритет</translation>
    </message>
    <message>
        <source>Change &amp;URL…</source>
        <translation>Изменить &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Отк&amp;рыть</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>&amp;Копировать URL</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Свойства</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete Files</source>
        <translation>Убрать и у&amp;далить файлы</translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation>Загрузить &amp;заново</translation>
    </message>
    <message>
        <source>Clear &amp;History…</source>
        <translation>Очистить &amp;историю…</translation>
    </message>
    <message>
        <source>Remove the selected finished jobs from the list; their files stay</source>
        <translation>Убрать выбранные завершённые задания из списка; их файлы останутся</translation>
    </message>
    <message>
        <source>Delete the downloaded files of the selected finished jobs and remove the jobs</source>
        <translation>Удалить загруженные файлы выбранных завершённых заданий и убрать задания</translation>
    </message>
    <message>
        <source>Download the files of the selected finished jobs again, as new jobs</source>
        <translation>Загрузить файлы выбранных завершённых заданий заново, новыми заданиями</translation>
    </message>
    <message>
        <source>Speed &amp;Limit…</source>
        <translation>&amp;Ограничение скорости…</translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message>
        <source>Unknown</source>
        <comment>size</comment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>column: bytes transferred</comment>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <extracomment>%1 is a checksum (&quot;sha256:9f86…&quot;), %2 where it came from (&quot;given by you&quot;)</extracomment>
        <translation>%1
от: %2</translation>
    </message>
    <message>
        <source>Checksum</source>
        <comment>column: Verified, Not checked, Mismatch</comment>
        <translation>Проверка</translation>
    </message>
    <message numerus="yes">
        <source>Completed — %1 of %n file(s) kept</source>
        <extracomment>a completed job whose Complete discarded the files not transferred</extracomment>
        <translation>
            <numerusform>Завершено — сохранён %1 из %n файла</numerusform>
            <numerusform>Завершено — сохранено %1 из %n файлов</numerusform>
            <numerusform>Завершено — сохранено %1 из %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message>
        <source>Download finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Отправка завершена</translation>
    </message>
    <message>
        <source>%1 has been transferred.</source>
        <extracomment>%1 is the job&apos;s name</extracomment>
        <translation>Задание «%1» передано.</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Ошибка передачи</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the job&apos;s name, %2 the error&apos;s description</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>All transfers finished</source>
        <translation>Все передачи завершены</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished, %1 last.</source>
        <extracomment>%1 is the name of the job that finished last</extracomment>
        <translation>
            <numerusform>Завершено %n задание, последним — %1.</numerusform>
            <numerusform>Завершено %n задания, последним — %1.</numerusform>
            <numerusform>Завершено %n заданий, последним — %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobPatcher</name>
    <message>
        <source>unknown upload protocol</source>
        <translation>неизвестный протокол отправки</translation>
    </message>
    <message>
        <source>tus uploads have no reply; use POST or PUT</source>
        <translation>у отправок по tus нет ответа; используйте POST или PUT</translation>
    </message>
    <message>
        <source>the form field name is not valid</source>
        <translation>недопустимое имя поля формы</translation>
    </message>
    <message>
        <source>a download job has no upload options</source>
        <translation>у задания загрузки нет параметров отправки</translation>
    </message>
    <message>
        <source>the reply is being downloaded</source>
        <translation>ответ сейчас загружается</translation>
    </message>
    <message>
        <source>only downloaded files are checked against a checksum</source>
        <translation>по контрольной сумме проверяются только загружаемые файлы</translation>
    </message>
    <message>
        <source>the checksum is not valid</source>
        <translation>контрольная сумма недействительна</translation>
    </message>
</context>
<context>
    <name>Ferry::JobQueue</name>
    <message>
        <source>another file of a job is already downloaded to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>в %1 уже загружается другой файл задания</translation>
    </message>
    <message>
        <source>no job given</source>
        <translation>задание не указано</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s)</source>
        <translation>
            <numerusform>«%1» соответствует %n заданию</numerusform>
            <numerusform>«%1» соответствует %n заданиям</numerusform>
            <numerusform>«%1» соответствует %n заданиям</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LinkIntake</name>
    <message numerus="yes">
        <source>%n job(s) not added.</source>
        <translation>
            <numerusform>Не удалось добавить %n задание.</numerusform>
            <numerusform>Не удалось добавить %n задания.</numerusform>
            <numerusform>Не удалось добавить %n заданий.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added.</source>
        <translation>Не удалось добавить %1.</translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>Изменить URL-адрес</translation>
    </message>
    <message>
        <source>New address of %1:</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Новый адрес файла %1:</translation>
    </message>
    <message>
        <source>The URL was not changed.</source>
        <translation>Не удалось изменить URL-адрес.</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation>Отмена заданий</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their temporary files are deleted.</source>
        <translation>
            <numerusform>Отменить %n задание? Временные файлы будут удалены.</numerusform>
            <numerusform>Отменить %n задания? Временные файлы будут удалены.</numerusform>
            <numerusform>Отменить %n заданий? Временные файлы будут удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job could not be changed.</source>
        <translation>Не удалось изменить задание.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 says what failed, %2 is a BITS result name such as BG_E_INVALID_STATE, %3 its description</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Новое задание…</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>&amp;Вставить ссылки</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message numerus="yes">
        <source>%n active job(s)  ↓ %1  ↑ %2</source>
        <comment>status bar</comment>
        <extracomment>%1 and %2 are speeds such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>%n активное задание  ↓ %1  ↑ %2</numerusform>
            <numerusform>%n активных задания  ↓ %1  ↑ %2</numerusform>
            <numerusform>%n активных заданий  ↓ %1  ↑ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The priority could not be changed.</source>
        <translation>Не удалось изменить приоритет.</translation>
    </message>
    <message>
        <source>The properties were not changed.</source>
        <translation>Не удалось изменить свойства.</translation>
    </message>
    <message>
        <source>The autostart entry could not be written.</source>
        <translation>Не удалось записать элемент автозапуска.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Не удалось прочитать историю.</translation>
    </message>
    <message>
        <source>Ferry Download Manager</source>
        <comment>main window title</comment>
        <translation>Ferry — менеджер загрузок</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <extracomment>%1 is a whole percentage, %2 the window&apos;s title: &quot;42% — Ferry Download Manager&quot;</extracomment>
        <translation>%1&#xa0;% — %2</translation>
    </message>
    <message>
        <source>No job matches the filter.</source>
        <translation>Ни одно задание не подходит под фильтр.</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Выход из Ferry</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still transferring. If you quit, they go on where they stopped the next time Ferry starts.</source>
        <translation>
            <numerusform>%n задание ещё передаётся. Если выйти, оно продолжится с того же места при следующем запуске Ferry.</numerusform>
            <numerusform>%n задания ещё передаются. Если выйти, они продолжатся с того же места при следующем запуске Ferry.</numerusform>
            <numerusform>%n заданий ещё передаются. Если выйти, они продолжатся с того же места при следующем запуске Ferry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Transferring in the &amp;Background</source>
        <translation>Продолжить передачу в &amp;фоне</translation>
    </message>
    <message>
        <source>Complete Jobs</source>
        <translation>Завершение заданий</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not transferred yet and will be discarded, with the %1 downloaded of them so far. Complete anyway?</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>%n файл ещё не передан и будет удалён вместе с уже загруженными %1. Всё равно завершить?</numerusform>
            <numerusform>%n файла ещё не переданы и будут удалены вместе с уже загруженными %1. Всё равно завершить?</numerusform>
            <numerusform>%n файлов ещё не переданы и будут удалены вместе с уже загруженными %1. Всё равно завершить?</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs yet.

Paste links (%1), drop them here from a browser or a file manager, or choose File&#xa0;▸&#xa0;New&#xa0;Job… (%2).</source>
        <extracomment>%1 and %2 are keyboard shortcuts (&quot;Ctrl+V&quot;, &quot;Ctrl+N&quot;)</extracomment>
        <translation>Заданий пока нет.

Вставьте ссылки (%1), перетащите их сюда из браузера или файлового менеджера или выберите Файл&#xa0;▸&#xa0;Новое&#xa0;задание… (%2).</translation>
    </message>
    <message>
        <source>Speed Limit</source>
        <translation>Ограничение скорости</translation>
    </message>
    <message numerus="yes">
        <source>Download limit of %n job(s) in KiB/s (0: no limit of its own; the limit of all downloads still applies):</source>
        <extracomment>the unit after the number in the box</extracomment>
        <translation>
            <numerusform>Ограничение загрузки для %n задания в КиБ/с (0 — без собственного ограничения; общее ограничение загрузок действует по-прежнему):</numerusform>
            <numerusform>Ограничение загрузки для %n заданий в КиБ/с (0 — без собственного ограничения; общее ограничение загрузок действует по-прежнему):</numerusform>
            <numerusform>Ограничение загрузки для %n заданий в КиБ/с (0 — без собственного ограничения; общее ограничение загрузок действует по-прежнему):</numerusform>
        </translation>
    </message>
    <message>
        <source>The speed limit was not changed.</source>
        <translation>Ограничение скорости не изменено.</translation>
    </message>
</context>
<context>
    <name>Ferry::NewJobDialog</name>
    <message>
        <source>Add the jobs &amp;suspended</source>
        <translation>Добавить задания в приостановленном &amp;состоянии</translation>
    </message>
    <message>
        <source>One URL per line</source>
        <translation>По одному URL-адресу в строке</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL-адреса:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Save Downloads To</source>
        <translation>Сохранять загрузки в</translation>
    </message>
    <message>
        <source>&amp;Reply file:</source>
        <translation>Ф&amp;айл ответа:</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Дополнит&amp;ельно</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>Chosen by the server or the URL</source>
        <translation>Определяется сервером или URL-адресом</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Beside the source file</source>
        <translation>Рядом с исходным файлом</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>&amp;File to upload:</source>
        <translation>&amp;Файл для отправки:</translation>
    </message>
    <message>
        <source>Upload &amp;to:</source>
        <translation>Отправить &amp;на:</translation>
    </message>
    <message>
        <source>Name: value, one header per line</source>
        <translation>Имя: значение, по одному заголовку в строке</translation>
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
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> КиБ/с</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Speed &amp;limit:</source>
        <translation>Ограничение с&amp;корости:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Число соединений:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>File to Upload</source>
        <translation>Файл для отправки</translation>
    </message>
    <message>
        <source>Ask the server (tus, else PUT; POST with a reply)</source>
        <translation>Спросить сервер (tus, иначе PUT; POST с ответом)</translation>
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
        <translation>tus (с возобновлением)</translation>
    </message>
    <message>
        <source>Empty: the file is the whole body</source>
        <translation>Пусто: файл — всё тело запроса</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Прото&amp;кол:</translation>
    </message>
    <message>
        <source>Form &amp;field (POST):</source>
        <translation>Поле &amp;формы (POST):</translation>
    </message>
    <message>
        <source>Optional: sha256:…, or a line of SHA256SUMS</source>
        <translation>Необязательно: sha256:… или строка из SHA256SUMS</translation>
    </message>
    <message>
        <source>The file is kept only when its bytes have this checksum (SHA-256, SHA-512, SHA-1 or MD5).</source>
        <translation>Файл сохраняется, только если его байты имеют эту контрольную сумму (SHA-256, SHA-512, SHA-1 или MD5).</translation>
    </message>
    <message>
        <source>Chec&amp;ksum:</source>
        <translation>&amp;Контрольная сумма:</translation>
    </message>
    <message>
        <source>Create &amp;Folder</source>
        <translation>Создать &amp;папку</translation>
    </message>
    <message numerus="yes">
        <source>%n of these addresses are already in the list.</source>
        <translation>
            <numerusform>%n из этих адресов уже есть в списке.</numerusform>
            <numerusform>%n из этих адресов уже есть в списке.</numerusform>
            <numerusform>%n из этих адресов уже есть в списке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of these names already exist; a new download gets a numbered name (&quot;file (1).iso&quot;) when it completes.</source>
        <translation>
            <numerusform>%n файл с таким именем уже существует; новая загрузка при завершении получит имя с номером («file (1).iso»).</numerusform>
            <numerusform>%n файла с такими именами уже существуют; новая загрузка при завершении получит имя с номером («file (1).iso»).</numerusform>
            <numerusform>%n файлов с такими именами уже существуют; новая загрузка при завершении получит имя с номером («file (1).iso»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add anyway?</source>
        <translation>Всё равно добавить?</translation>
    </message>
    <message>
        <source>Already There</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Всё равно добавить</translation>
    </message>
    <message>
        <source>&amp;Show the Existing Job</source>
        <translation>&amp;Показать существующее задание</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Выберите файл для отправки.</translation>
    </message>
    <message>
        <source>The file to upload must be given with its full path.</source>
        <translation>Файл для отправки нужно указать с полным путём.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be uploaded.</source>
        <extracomment>%1 is a path</extracomment>
        <translation>%1 — не файл, который можно отправить.</translation>
    </message>
    <message>
        <source>The upload address must be an http:// or https:// URL.</source>
        <translation>Адрес отправки должен быть URL вида http:// или https://.</translation>
    </message>
    <message>
        <source>Paste or type the address of a file to download.</source>
        <translation>Вставьте или введите адрес файла для загрузки.</translation>
    </message>
    <message>
        <source>The text holds no http:// or https:// address.</source>
        <translation>В тексте нет адреса http:// или https://.</translation>
    </message>
    <message>
        <source>The download folder must be given with its full path.</source>
        <translation>Папку для загрузки нужно указать с полным путём.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <extracomment>%1 is the folder that was created</extracomment>
        <translation>Папка %1 создана.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another one.</source>
        <translation>Не удалось создать папку %1. Выберите другую.</translation>
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
        <translation>неизвестно</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after a number of seconds</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <extracomment>%1 is the job&apos;s name</extracomment>
        <translation>Свойства: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Ход выполнения:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %3 of %n file(s)</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts: &quot;1.5 MB of 3 MB, 1 of 2 files&quot;</extracomment>
        <translation>
            <numerusform>%1 из %2, %3 из %n файла</numerusform>
            <numerusform>%1 из %2, %3 из %n файлов</numerusform>
            <numerusform>%1 из %2, %3 из %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>Transfer completed:</source>
        <translation>Передача завершена:</translation>
    </message>
    <message>
        <source>Completes itself:</source>
        <translation>Автозавершение:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no, wait for Complete</source>
        <translation>нет, ждать команды «Завершить»</translation>
    </message>
    <message>
        <source>Reply file:</source>
        <translation>Файл ответа:</translation>
    </message>
    <message>
        <source>Reply progress:</source>
        <translation>Получение ответа:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>Удалённый URL-адрес</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The job has no error.</source>
        <translation>У задания нет ошибки.</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Контекст:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <extracomment>%1 is a BITS result name such as BG_E_HTTP_ERROR_404, %2 its hexadecimal code</extracomment>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Число ошибок:</translation>
    </message>
    <message>
        <source>When the job is transferred</source>
        <translation>Когда задание передано</translation>
    </message>
    <message>
        <source>When the job fails</source>
        <translation>При ошибке задания</translation>
    </message>
    <message>
        <source>Never (notifications disabled)</source>
        <translation>Никогда (уведомления отключены)</translation>
    </message>
    <message>
        <source>Program and arguments run when the job changes</source>
        <translation>Программа и аргументы, запускаемые при изменении задания</translation>
    </message>
    <message>
        <source>No-progress timeout:</source>
        <translation>Тайм-аут без продвижения:</translation>
    </message>
    <message>
        <source>Minimum retry delay:</source>
        <translation>Минимальная задержка повтора:</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Уведомлять:</translation>
    </message>
    <message>
        <source>Notify command line:</source>
        <translation>Команда уведомления:</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>Дополнительные заголовки:</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
от: %2</translation>
    </message>
    <message>
        <source>None: sha256:…, or a line of SHA256SUMS</source>
        <translation>Нет: sha256:… или строка из SHA256SUMS</translation>
    </message>
    <message>
        <source>Check&amp;sum of the selected file:</source>
        <translation>Контрольная &amp;сумма выбранного файла:</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <extracomment>%1 is a file number from 1, %2 why its checksum cannot be read</extracomment>
        <translation>Файл %1: %2</translation>
    </message>
    <message>
        <source>no retries: every error is final</source>
        <translation>без повторов: любая ошибка окончательна</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> КиБ/с</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Ограничение скорости:</translation>
    </message>
    <message>
        <source>Connections per large file:</source>
        <translation>Соединений на большой файл:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no speed: the job does not transfer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no connections: the job does not transfer</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Connections:</source>
        <extracomment>the network connections the job uses now (several for a segmented download)</extracomment>
        <translation>Соединения:</translation>
    </message>
</context>
<context>
    <name>Ferry::Result</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>Сервер вернул код состояния HTTP %1.</translation>
    </message>
    <message>
        <source>Error %1.</source>
        <extracomment>%1 is a hexadecimal error code such as 0x80070070</extracomment>
        <translation>Ошибка %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a general error description, %2 the specific detail</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Операция успешно завершена.</translation>
    </message>
    <message>
        <source>The operation completed; nothing needed to change.</source>
        <translation>Операция завершена; изменения не потребовались.</translation>
    </message>
    <message>
        <source>Some files of the job were not fully transferred and were not kept.</source>
        <translation>Некоторые файлы задания были переданы не полностью и не были сохранены.</translation>
    </message>
    <message>
        <source>The job finished, but some temporary files could not be deleted.</source>
        <translation>Задание завершено, но некоторые временные файлы не удалось удалить.</translation>
    </message>
    <message>
        <source>No job with this identifier exists.</source>
        <translation>Задание с таким идентификатором не существует.</translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation>Запрошенное действие недопустимо в текущем состоянии задания.</translation>
    </message>
    <message>
        <source>The job has no files to transfer.</source>
        <translation>В задании нет файлов для передачи.</translation>
    </message>
    <message>
        <source>The error is not associated with a file.</source>
        <translation>Ошибка не связана ни с одним файлом.</translation>
    </message>
    <message>
        <source>No error information is available for the job.</source>
        <translation>Для задания нет сведений об ошибке.</translation>
    </message>
    <message>
        <source>No network connection is available; the job continues when the network comes back.</source>
        <translation>Нет доступного подключения к сети; задание продолжится, когда сеть снова станет доступна.</translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation>Сервер не сообщил размер файла.</translation>
    </message>
    <message>
        <source>The server does not support HTTP 1.1.</source>
        <translation>Сервер не поддерживает HTTP 1.1.</translation>
    </message>
    <message>
        <source>The server does not support byte ranges, so the transfer cannot be resumed.</source>
        <translation>Сервер не поддерживает диапазоны байтов, поэтому передачу невозможно возобновить.</translation>
    </message>
    <message>
        <source>The server sent a response Ferry cannot use.</source>
        <translation>Сервер отправил ответ, который Ferry не может использовать.</translation>
    </message>
    <message>
        <source>Upload jobs hold exactly one file.</source>
        <translation>Задание отправки должно содержать ровно один файл.</translation>
    </message>
    <message>
        <source>The local file changed while it was being uploaded.</source>
        <translation>Локальный файл изменился во время отправки.</translation>
    </message>
    <message>
        <source>The server no longer knows the upload session.</source>
        <translation>Сервер больше не распознаёт сеанс отправки.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Файл превышает максимальный размер, допустимый сервером.</translation>
    </message>
    <message>
        <source>The text is longer than allowed.</source>
        <translation>Длина текста превышает допустимую.</translation>
    </message>
    <message>
        <source>The transfer made no progress for too long.</source>
        <translation>Передача слишком долго оставалась без продвижения.</translation>
    </message>
    <message>
        <source>The user name is longer than 300 characters.</source>
        <translation>Имя пользователя длиннее 300 символов.</translation>
    </message>
    <message>
        <source>The password is longer than 65,535 characters.</source>
        <translation>Пароль длиннее 65 535 символов.</translation>
    </message>
    <message>
        <source>The credentials target must be the server or the proxy.</source>
        <translation>Целью учётных данных должен быть сервер или прокси-сервер.</translation>
    </message>
    <message>
        <source>The authentication scheme must be Basic or Digest.</source>
        <translation>Схема проверки подлинности должна быть Basic или Digest.</translation>
    </message>
    <message>
        <source>The requested byte range lies outside the remote file.</source>
        <translation>Запрошенный диапазон байтов выходит за пределы удалённого файла.</translation>
    </message>
    <message>
        <source>Ferry could not connect to the server.</source>
        <translation>Ferry не удалось подключиться к серверу.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>The proxy settings are not valid.</source>
        <translation>Параметры прокси-сервера недопустимы.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Учётные данные недопустимы.</translation>
    </message>
    <message>
        <source>The maximum number of jobs has been reached.</source>
        <translation>Достигнуто максимальное число заданий.</translation>
    </message>
    <message>
        <source>The maximum number of jobs on this computer has been reached.</source>
        <translation>Достигнуто максимальное число заданий на этом компьютере.</translation>
    </message>
    <message>
        <source>The job already holds the maximum number of files.</source>
        <translation>Задание уже содержит максимальное число файлов.</translation>
    </message>
    <message>
        <source>The job took longer than its maximum download time.</source>
        <translation>Задание выполнялось дольше максимального времени загрузки.</translation>
    </message>
    <message>
        <source>This property applies to download jobs only.</source>
        <translation>Это свойство применимо только к заданиям загрузки.</translation>
    </message>
    <message>
        <source>The job database is damaged or unreadable.</source>
        <translation>База данных заданий повреждена или недоступна для чтения.</translation>
    </message>
    <message>
        <source>The remote file changed; the file is transferred again from the start.</source>
        <translation>Удалённый файл изменился; файл будет передан заново с начала.</translation>
    </message>
    <message>
        <source>This action is not supported for this kind of job or value.</source>
        <translation>Это действие не поддерживается для этого типа задания или для этого значения.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Не удалось выполнить операцию.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Отказано в доступе.</translation>
    </message>
    <message>
        <source>An argument is not valid.</source>
        <translation>Указан недопустимый аргумент.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>The folder was not found.</source>
        <translation>Папка не найдена.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Файл с таким именем уже существует.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Недостаточно места на диске.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил за отведённое время.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Не удалось разрешить имя сервера.</translation>
    </message>
    <message>
        <source>The connection to the server was refused.</source>
        <translation>Соединение с сервером отклонено.</translation>
    </message>
    <message>
        <source>The connection to the server was reset.</source>
        <translation>Соединение с сервером было сброшено.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way Ferry does not follow.</source>
        <translation>Сервер перенаправил запрос способом, который Ferry не поддерживает.</translation>
    </message>
    <message>
        <source>The server response is not valid HTTP.</source>
        <translation>Ответ сервера не является допустимым ответом HTTP.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server certificate was not accepted.</source>
        <translation>Не удалось установить защищённое соединение: сертификат сервера не принят.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not have the expected checksum.</source>
        <translation>Байты файла не имеют ожидаемой контрольной суммы.</translation>
    </message>
</context>
<context>
    <name>Ferry::RuntimePaths</name>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>%1 is not a folder of this user</source>
        <translation>%1 не является папкой этого пользователя</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>не удаётся закрыть доступ к %1 для других пользователей</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Complete finished downloads automatically</source>
        <translation>Автоматически завершать выполненные загрузки</translation>
    </message>
    <message>
        <source>Notify when a job finishes or fails</source>
        <translation>Уведомлять о завершении задания или об ошибке</translation>
    </message>
    <message>
        <source>Closing the window keeps Ferry running in the tray</source>
        <translation>При закрытии окна Ferry продолжает работать в области уведомлений</translation>
    </message>
    <message>
        <source>Start Ferry with the session, in the tray</source>
        <translation>Запускать Ferry при входе в систему, в области уведомлений</translation>
    </message>
    <message>
        <source>Add dropped and pasted links without asking</source>
        <translation>Добавлять перетащенные и вставленные ссылки без подтверждения</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Without this, a transferred download waits for Complete before its files appear</source>
        <translation>Если флажок снят, переданная загрузка ожидает команды «Завершить», и только после этого появляются её файлы</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <extracomment>unit after a speed in kibibytes per second</extracomment>
        <translation> КиБ/с</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>Папка загрузок:</translation>
    </message>
    <message>
        <source>Jobs transferring at once:</source>
        <translation>Заданий одновременно:</translation>
    </message>
    <message>
        <source>Download speed limit:</source>
        <translation>Ограничение скорости загрузки:</translation>
    </message>
    <message>
        <source>Connections per large file:</source>
        <translation>Соединений на большой файл:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language takes effect when Ferry starts again.</source>
        <translation>Новый язык вступит в силу после перезапуска Ferry.</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Папка загрузок</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>&amp;Скрыть Ferry</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Новое задание…</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Возобновить все</translation>
    </message>
    <message>
        <source>&amp;Suspend All</source>
        <translation>&amp;Приостановить все</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>По&amp;казать Ferry</translation>
    </message>
    <message>
        <source>Ferry: no active transfers</source>
        <translation>Ferry: нет активных передач</translation>
    </message>
    <message numerus="yes">
        <source>Ferry: %n active job(s), %1</source>
        <comment>tray tooltip</comment>
        <extracomment>%1 is a speed such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>Ferry: %n активное задание, %1</numerusform>
            <numerusform>Ferry: %n активных задания, %1</numerusform>
            <numerusform>Ferry: %n активных заданий, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <source>&amp;Limit Speed to %1</source>
        <extracomment>%1 is a speed such as &quot;512 KB/s&quot;</extracomment>
        <translation>&amp;Ограничить скорость до %1</translation>
    </message>
    <message>
        <source>&amp;Limit Speed…</source>
        <translation>&amp;Ограничить скорость…</translation>
    </message>
</context>
<context>
    <name>Ferry::TusUpload</name>
    <message>
        <source>The server takes uploads of at most %1 bytes; the file has %2.</source>
        <translation>Сервер принимает выгрузки не больше %1 байт, а в файле %2.</translation>
    </message>
    <message>
        <source>The tus server created an upload without a Location.</source>
        <translation>Сервер tus создал выгрузку без заголовка Location.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>the job no longer waits for a new link, or its file differs</source>
        <translation>задание больше не ждёт новой ссылки или его файл отличается</translation>
    </message>
    <message>
        <source>the job to continue is not in the queue</source>
        <translation>задания, которое нужно продолжить, нет в очереди</translation>
    </message>
    <message>
        <source>the download folder %1 does not exist</source>
        <translation>папка загрузок %1 не существует</translation>
    </message>
</context>
<context>
    <name>Hasher</name>
    <message>
        <source>Cannot read the file to check it: %1.</source>
        <translation>Не удаётся прочитать файл для проверки: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file ended %n byte(s) early.</source>
        <translation>
            <numerusform>Файл закончился на %n байт раньше.</numerusform>
            <numerusform>Файл закончился на %n байта раньше.</numerusform>
            <numerusform>Файл закончился на %n байт раньше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Не удаётся открыть %1 для проверки: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
</context>
<context>
    <name>HostRequest</name>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 длиннее %2 байт</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 — не URL-адрес http или https</translation>
    </message>
    <message>
        <source>cookies must be a list</source>
        <translation>cookies должен быть списком</translation>
    </message>
    <message>
        <source>more than %1 cookies</source>
        <translation>больше %1 cookie</translation>
    </message>
    <message>
        <source>a cookie is not a {name, value} pair that can be sent</source>
        <translation>cookie не является парой {name, value}, которую можно отправить</translation>
    </message>
    <message>
        <source>the cookies are longer than %1 bytes</source>
        <translation>cookie длиннее %1 байт</translation>
    </message>
    <message>
        <source>url is missing</source>
        <translation>нет url</translation>
    </message>
    <message>
        <source>referrer must be a string</source>
        <translation>referrer должен быть строкой</translation>
    </message>
    <message>
        <source>userAgent must be a string</source>
        <translation>userAgent должен быть строкой</translation>
    </message>
    <message>
        <source>userAgent is longer than %1 bytes or holds control characters</source>
        <translation>userAgent длиннее %1 байт или содержит управляющие символы</translation>
    </message>
    <message>
        <source>filename must be a string</source>
        <translation>filename должен быть строкой</translation>
    </message>
    <message>
        <source>filename is too long</source>
        <translation>filename слишком длинный</translation>
    </message>
    <message>
        <source>size must be a whole number of bytes</source>
        <translation>size должен быть целым числом байт</translation>
    </message>
    <message>
        <source>folder must be a string</source>
        <translation>folder должен быть строкой</translation>
    </message>
    <message>
        <source>folder must be an absolute path</source>
        <translation>folder должен быть абсолютным путём</translation>
    </message>
    <message>
        <source>renew must be a job id or an empty string</source>
        <translation>renew должен быть идентификатором задания или пустой строкой</translation>
    </message>
    <message>
        <source>the message is not JSON: %1</source>
        <translation>сообщение не в формате JSON: %1</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>сообщение не является объектом JSON</translation>
    </message>
    <message>
        <source>id must be a number or a string of at most %1 characters</source>
        <translation>id должен быть числом или строкой не длиннее %1 символов</translation>
    </message>
    <message>
        <source>protocol version %1 is not supported (this host speaks version %2)</source>
        <translation>версия протокола %1 не поддерживается (эта программа понимает версию %2)</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>неизвестный тип сообщения «%1»</translation>
    </message>
</context>
<context>
    <name>JobNames</name>
    <message>
        <source>Queued</source>
        <comment>job state</comment>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>job state</comment>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Transferring</source>
        <comment>job state</comment>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>job state</comment>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job state</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Transient error</source>
        <comment>job state: will retry</comment>
        <translation>Временная ошибка</translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>job state: waiting for Complete</comment>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job state: ACKNOWLEDGED</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>job type</comment>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Upload</source>
        <comment>job type</comment>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Upload with reply</source>
        <comment>job type</comment>
        <translation>Отправка с ответом</translation>
    </message>
    <message>
        <source>Foreground</source>
        <comment>job priority</comment>
        <translation>Передний план</translation>
    </message>
    <message>
        <source>High</source>
        <comment>job priority</comment>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>job priority</comment>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>job priority</comment>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>No error</source>
        <comment>error context</comment>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <comment>error context</comment>
        <translation>Неизвестная причина</translation>
    </message>
    <message>
        <source>Transfer engine</source>
        <comment>error context</comment>
        <translation>Модуль передачи</translation>
    </message>
    <message>
        <source>Notification</source>
        <comment>error context</comment>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Local file</source>
        <comment>error context</comment>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Remote file</source>
        <comment>error context</comment>
        <translation>Удалённый файл</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>error context</comment>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Server application</source>
        <comment>error context</comment>
        <translation>Серверное приложение</translation>
    </message>
    <message>
        <source>Server certificate check</source>
        <comment>error context</comment>
        <translation>Проверка сертификата сервера</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>transfer speed; %1 is a size such as &quot;1.5 MiB&quot;</extracomment>
        <translation>%1/с</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
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
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <comment>checksum of a file</comment>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Verified</source>
        <comment>checksum of a file: the bytes match</comment>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <comment>checksum of a file: the bytes do not match</comment>
        <translation>Не совпадает</translation>
    </message>
    <message>
        <source>given by you</source>
        <comment>where a checksum came from</comment>
        <translation>указана вами</translation>
    </message>
    <message>
        <source>the server (Repr-Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>сервер (Repr-Digest)</translation>
    </message>
    <message>
        <source>the server (Content-Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>сервер (Content-Digest)</translation>
    </message>
    <message>
        <source>the server (Digest)</source>
        <comment>where a checksum came from</comment>
        <translation>сервер (Digest)</translation>
    </message>
    <message>
        <source>a Metalink</source>
        <comment>where a checksum came from</comment>
        <translation>Metalink</translation>
    </message>
    <message>
        <source>a checksum file</source>
        <comment>where a checksum came from</comment>
        <translation>файл контрольных сумм</translation>
    </message>
</context>
<context>
    <name>JobPrinter</name>
    <message>
        <source>unknown</source>
        <comment>size</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>ПРИОРИТЕТ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ГОТОВО</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>СКОРОСТЬ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n задание</numerusform>
            <numerusform>%n задания</numerusform>
            <numerusform>%n заданий</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts</extracomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 из %2, файлов: %3 из %4</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Transferred at</source>
        <translation>Время передачи</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>No-progress timeout</source>
        <translation>Тайм-аут без продвижения</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum retry delay</source>
        <translation>Минимальная задержка повтора</translation>
    </message>
    <message>
        <source>Notify flags</source>
        <translation>Флаги уведомлений</translation>
    </message>
    <message>
        <source>Notify command</source>
        <translation>Команда уведомления</translation>
    </message>
    <message>
        <source>Auto-complete</source>
        <translation>Автозавершение</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>Файл ответа</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Error context</source>
        <translation>Контекст ошибки</translation>
    </message>
    <message>
        <source>File %1</source>
        <extracomment>%1 is a file&apos;s number in the job</extracomment>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Дополнительный заголовок</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>%1 is not a Ferry job database; Ferry leaves it as it is. Move it away to start with an empty queue.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 — не база заданий Ferry; Ferry оставляет её как есть. Переместите её, чтобы начать с пустой очередью.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Ferry job database; Ferry leaves it as it is. Move it away to start with an empty queue.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 пуст и не является базой заданий Ferry; Ferry оставляет его как есть. Переместите его, чтобы начать с пустой очередью.</translation>
    </message>
</context>
<context>
    <name>JobValidation</name>
    <message>
        <source>the URL is not valid</source>
        <translation>недопустимый URL-адрес</translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>поддерживаются только URL-адреса http и https</translation>
    </message>
    <message>
        <source>the URL is longer than 2,200 characters</source>
        <translation>URL-адрес длиннее 2200 символов</translation>
    </message>
    <message>
        <source>the local path must be absolute</source>
        <translation>локальный путь должен быть абсолютным</translation>
    </message>
    <message>
        <source>the local path is too long</source>
        <translation>локальный путь слишком длинный</translation>
    </message>
    <message>
        <source>the local path must not contain wildcards</source>
        <translation>локальный путь не должен содержать подстановочные знаки</translation>
    </message>
    <message>
        <source>the destination folder does not exist</source>
        <translation>папка назначения не существует</translation>
    </message>
    <message>
        <source>the destination folder is not writable</source>
        <translation>нет прав на запись в папку назначения</translation>
    </message>
    <message>
        <source>the file to upload does not exist</source>
        <translation>отправляемый файл не существует</translation>
    </message>
    <message>
        <source>the file to upload is not readable</source>
        <translation>нет прав на чтение отправляемого файла</translation>
    </message>
    <message>
        <source>the reply file path must be absolute</source>
        <translation>путь к файлу ответа должен быть абсолютным</translation>
    </message>
    <message>
        <source>the reply file&apos;s folder does not exist</source>
        <translation>папка файла ответа не существует</translation>
    </message>
    <message>
        <source>the reply file&apos;s folder is not writable</source>
        <translation>нет прав на запись в папку файла ответа</translation>
    </message>
    <message>
        <source>the display name is longer than 256 characters</source>
        <translation>отображаемое имя длиннее 256 символов</translation>
    </message>
    <message>
        <source>the description is longer than 1,024 characters</source>
        <translation>описание длиннее 1024 символов</translation>
    </message>
    <message>
        <source>the custom headers are longer than 16 KB</source>
        <translation>пользовательские заголовки длиннее 16 КБ</translation>
    </message>
    <message>
        <source>a custom header is not of the form &quot;Name: value&quot;</source>
        <translation>пользовательский заголовок не имеет вид «Имя: значение»</translation>
    </message>
    <message>
        <source>the program path is too long</source>
        <translation>путь к программе слишком длинный</translation>
    </message>
    <message>
        <source>the program must be given by its absolute path</source>
        <translation>программа должна быть указана абсолютным путём</translation>
    </message>
    <message>
        <source>the arguments are longer than 4,000 characters</source>
        <translation>аргументы длиннее 4000 символов</translation>
    </message>
    <message>
        <source>Basic and Digest credentials need a user name</source>
        <translation>для учётных данных Basic и Digest требуется имя пользователя</translation>
    </message>
    <message>
        <source>proxy lists are only allowed with an explicit proxy</source>
        <translation>списки прокси-серверов допускаются только при явно заданном прокси-сервере</translation>
    </message>
    <message>
        <source>an explicit proxy needs a proxy list</source>
        <translation>для явно заданного прокси-сервера требуется список прокси-серверов</translation>
    </message>
    <message>
        <source>the file name is longer than %1 bytes (its temporary file adds 14 to the 255 a name may have)</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>имя файла длиннее %1 байт (временный файл добавляет 14 байт к 255, допустимым для имени)</translation>
    </message>
</context>
<context>
    <name>Metalink</name>
    <message>
        <source>The Metalink document declares a DTD or entities, which Ferry does not accept.</source>
        <translation>Документ Metalink объявляет DTD или сущности, а Ferry их не принимает.</translation>
    </message>
    <message>
        <source>This is not a Metalink document.</source>
        <translation>Это не документ Metalink.</translation>
    </message>
    <message>
        <source>The Metalink document lists more than %1 files.</source>
        <translation>В документе Metalink больше %1 файлов.</translation>
    </message>
    <message>
        <source>The Metalink document is not well-formed XML: %1 (line %2).</source>
        <extracomment>%1 is the XML parser&apos;s message, %2 a line number</extracomment>
        <translation>Документ Metalink — некорректный XML: %1 (строка %2).</translation>
    </message>
    <message>
        <source>The Metalink document lists no file Ferry can download.</source>
        <translation>В документе Metalink нет ни одного файла, который Ferry может загрузить.</translation>
    </message>
    <message>
        <source>The size given for “%1” is not a number.</source>
        <translation>Размер, указанный для «%1», — не число.</translation>
    </message>
    <message>
        <source>Skipped the file “%1”: its name leads out of the download folder.</source>
        <extracomment>%1 is the file name a Metalink document gave</extracomment>
        <translation>Файл «%1» пропущен: его имя ведёт за пределы папки загрузки.</translation>
    </message>
    <message>
        <source>Skipped a second file named “%1”.</source>
        <translation>Пропущен второй файл с именем «%1».</translation>
    </message>
    <message>
        <source>Ignored a malformed %1 hash of “%2”.</source>
        <extracomment>%1 is an algorithm name, %2 a file name</extracomment>
        <translation>Пропущен некорректный хеш %1 файла «%2».</translation>
    </message>
    <message>
        <source>Ignored malformed piece hashes.</source>
        <translation>Пропущены некорректные хеши частей.</translation>
    </message>
    <message>
        <source>Skipped the mirror “%1”: Ferry downloads only from http and https URLs.</source>
        <extracomment>%1 is a URL from a Metalink document</extracomment>
        <translation>Зеркало «%1» пропущено: Ferry загружает только по адресам http и https.</translation>
    </message>
    <message>
        <source>Ignored the piece hashes of “%1”: they do not cover its size.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Хеши частей «%1» пропущены: они не покрывают его размер.</translation>
    </message>
    <message>
        <source>The Metalink document is larger than %1 MiB.</source>
        <translation>Документ Metalink больше %1 МиБ.</translation>
    </message>
</context>
<context>
    <name>NativeHost</name>
    <message>
        <source>the message is %1 bytes long; the host accepts at most %2</source>
        <translation>длина сообщения — %1 байт; программа принимает не больше %2</translation>
    </message>
    <message>
        <source>a message length of %1 bytes is not native messaging; the host stops</source>
        <translation>длина сообщения %1 байт недопустима для native messaging; программа завершает работу</translation>
    </message>
    <message>
        <source>the answer would be larger than 1 MiB</source>
        <translation>ответ был бы больше 1 МиБ</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>это символическая ссылка</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>it has other hard links</source>
        <translation>у него есть другие жёсткие ссылки</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>он принадлежит другому пользователю</translation>
    </message>
    <message>
        <source>it is not the file Ferry created</source>
        <translation>это не тот файл, который создал Ferry</translation>
    </message>
    <message>
        <source>%1 is not Ferry&apos;s temporary file (%2); it was left as it is</source>
        <extracomment>%1 is a file path, %2 the reason (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>%1 — не временный файл Ferry (%2); он оставлен как есть</translation>
    </message>
    <message>
        <source>it changed while it was opened</source>
        <translation>он изменился во время открытия</translation>
    </message>
    <message>
        <source>it appeared while it was created</source>
        <translation>он появился во время создания</translation>
    </message>
    <message>
        <source>%1 was deleted (or its folder was) during the transfer</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 (или его папка) был удалён во время передачи</translation>
    </message>
    <message>
        <source>%1 is gone: the downloaded data was removed</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 исчез: загруженные данные удалены</translation>
    </message>
    <message>
        <source>it changed while it was renamed</source>
        <translation>он изменился во время переименования</translation>
    </message>
</context>
<context>
    <name>ResponseValidator</name>
    <message>
        <source>The server sent more bytes than it announced.</source>
        <translation>Сервер прислал больше байтов, чем объявил.</translation>
    </message>
    <message>
        <source>The server sent the file encoded (%1) although Ferry asked for it as it is; Ferry neither stores nor unpacks what it did not ask for.</source>
        <extracomment>%1 is the server&apos;s Content-Encoding, e.g. &quot;gzip&quot;</extracomment>
        <translation>Сервер прислал файл в кодировке %1, хотя Ferry запросил его без изменений; Ferry не сохраняет и не распаковывает то, чего не запрашивал.</translation>
    </message>
    <message>
        <source>The server sent an invalid Content-Length (&quot;%1&quot;).</source>
        <extracomment>%1 is the header&apos;s value as the server sent it</extracomment>
        <translation>Сервер прислал недопустимый Content-Length («%1»).</translation>
    </message>
    <message>
        <source>The server sent an impossible Content-Range (&quot;%1&quot;).</source>
        <extracomment>%1 is the Content-Range header as the server sent it</extracomment>
        <translation>Сервер прислал невозможный Content-Range («%1»).</translation>
    </message>
    <message>
        <source>The server&apos;s Content-Length (%1) is not the length of its Content-Range (%2).</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>Content-Length сервера (%1) не совпадает с длиной его Content-Range (%2).</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 bytes transferred of %2 in total</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>several URLs need an existing destination folder</source>
        <translation>для нескольких URL-адресов требуется существующая папка назначения</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>retrying: %1</source>
        <translation>повторная попытка: %1</translation>
    </message>
    <message>
        <source>interrupted; the job is suspended: ferryctl resume %1</source>
        <translation>прервано; задание приостановлено: ferryctl resume %1</translation>
    </message>
    <message>
        <source>the job was %1 elsewhere</source>
        <translation>задание переведено в состояние «%1» другим клиентом</translation>
    </message>
    <message>
        <source>the engine stopped; the job stays in its queue</source>
        <translation>модуль передачи остановлен; задание остаётся в очереди</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry download and upload manager</source>
        <translation>Ferry — менеджер загрузок и отправок</translation>
    </message>
    <message>
        <source>Use this interface language (en, ru, it).</source>
        <translation>Использовать этот язык интерфейса (en, ru, it).</translation>
    </message>
    <message>
        <source>URLs to download.</source>
        <translation>URL-адреса для загрузки.</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot start its transfer engine.

%1: %2</source>
        <translation>Ferry не удаётся запустить модуль передачи.

%1: %2</translation>
    </message>
    <message>
        <source>Show the window of the Ferry that runs already.</source>
        <translation>Показать окно уже запущенного экземпляра Ferry.</translation>
    </message>
    <message>
        <source>Start in the tray, without showing the window.</source>
        <translation>Запуститься в области уведомлений, не показывая окно.</translation>
    </message>
    <message>
        <source>Run the transfer engine without a window, for ferryctl and scripts, until it is stopped.</source>
        <translation>Запустить модуль передачи без окна (для ferryctl и сценариев) и работать до остановки.</translation>
    </message>
    <message>
        <source>--daemon takes no URLs; add them with ferryctl</source>
        <translation>--daemon не принимает URL-адреса; добавляйте их с помощью ferryctl</translation>
    </message>
    <message>
        <source>Quit the Ferry that runs, without asking; its transfers go on where they stopped the next time Ferry starts.</source>
        <translation>Завершить запущенный Ferry без вопросов; передачи продолжатся с того же места при следующем запуске Ferry.</translation>
    </message>
    <message>
        <source>No Ferry is running.</source>
        <translation>Ferry не запущен.</translation>
    </message>
</context>
</TS>
