<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecksumParser</name>
    <message numerus="yes">
        <source>A %1 checksum has %2 hexadecimal digits, this one %n.</source>
        <extracomment>%1 is an algorithm name (sha256), %2 its number of digits; %n the digits given</extracomment>
        <translation>
            <numerusform>A %1 checksum has %2 hexadecimal digits, this one %n.</numerusform>
            <numerusform>A %1 checksum has %2 hexadecimal digits, this one %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No checksum algorithm has %n hexadecimal digit(s).</source>
        <translation>
            <numerusform>No checksum algorithm has %n hexadecimal digit.</numerusform>
            <numerusform>No checksum algorithm has %n hexadecimal digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %n downloaded file(s) (%1) from the disk and remove their jobs from the list? This cannot be undone.</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>Delete %n downloaded file (%1) from the disk and remove its job from the list? This cannot be undone.</numerusform>
            <numerusform>Delete %n downloaded files (%1) from the disk and remove their jobs from the list? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not deleted: another file has the name now, or it could not be removed. Their jobs stay in the list.</source>
        <translation>
            <numerusform>%n file was not deleted: another file has its name now, or it could not be removed. Its job stays in the list.</numerusform>
            <numerusform>%n files were not deleted: other files have their names now, or they could not be removed. Their jobs stay in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) ago</source>
        <extracomment>after a number of days: &quot;Jobs finished more than [30] days ago&quot;</extracomment>
        <translation>
            <numerusform> day ago</numerusform>
            <numerusform> days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) will be removed from the list. Their files stay on the disk.</source>
        <translation>
            <numerusform>%n finished job will be removed from the list. Its files stay on the disk.</numerusform>
            <numerusform>%n finished jobs will be removed from the list. Their files stay on the disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HttpTransfer</name>
    <message numerus="yes">
        <source>Nothing moved for %n second(s).</source>
        <translation>
            <numerusform>Nothing moved for %n second.</numerusform>
            <numerusform>Nothing moved for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message numerus="yes">
        <source>Completed — %1 of %n file(s) kept</source>
        <extracomment>a completed job whose Complete discarded the files not transferred</extracomment>
        <translation>
            <numerusform>Completed — %1 of %n file kept</numerusform>
            <numerusform>Completed — %1 of %n files kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message numerus="yes">
        <source>%n job(s) finished, %1 last.</source>
        <extracomment>%1 is the name of the job that finished last</extracomment>
        <translation>
            <numerusform>%n job finished, %1 last.</numerusform>
            <numerusform>%n jobs finished, %1 last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobQueue</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n job</numerusform>
            <numerusform>&quot;%1&quot; matches %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::LinkIntake</name>
    <message numerus="yes">
        <source>%n job(s) not added.</source>
        <translation>
            <numerusform>%n job not added.</numerusform>
            <numerusform>%n jobs not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their temporary files are deleted.</source>
        <translation>
            <numerusform>Cancel %n job? Its temporary files are deleted.</numerusform>
            <numerusform>Cancel %n jobs? Their temporary files are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active job(s)  ↓ %1  ↑ %2</source>
        <comment>status bar</comment>
        <extracomment>%1 and %2 are speeds such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>%n active job  ↓ %1  ↑ %2</numerusform>
            <numerusform>%n active jobs  ↓ %1  ↑ %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still transferring. If you quit, they go on where they stopped the next time Ferry starts.</source>
        <translation>
            <numerusform>%n job is still transferring. If you quit, it goes on where it stopped the next time Ferry starts.</numerusform>
            <numerusform>%n jobs are still transferring. If you quit, they go on where they stopped the next time Ferry starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not transferred yet and will be discarded, with the %1 downloaded of them so far. Complete anyway?</source>
        <extracomment>%1 is a size (&quot;1.5 MiB&quot;)</extracomment>
        <translation>
            <numerusform>%n file is not transferred yet and will be discarded, with the %1 downloaded of it so far. Complete anyway?</numerusform>
            <numerusform>%n files are not transferred yet and will be discarded, with the %1 downloaded of them so far. Complete anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download limit of %n job(s) in KiB/s (0: no limit of its own; the limit of all downloads still applies):</source>
        <extracomment>the unit after the number in the box</extracomment>
        <translation>
            <numerusform>Download limit of %n job in KiB/s (0: no limit of its own; the limit of all downloads still applies):</numerusform>
            <numerusform>Download limit of %n jobs in KiB/s (0: no limit of their own; the limit of all downloads still applies):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::NewJobDialog</name>
    <message numerus="yes">
        <source>%n of these addresses are already in the list.</source>
        <translation>
            <numerusform>%n of these addresses is already in the list.</numerusform>
            <numerusform>%n of these addresses are already in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of these names already exist; a new download gets a numbered name (&quot;file (1).iso&quot;) when it completes.</source>
        <translation>
            <numerusform>%n file of this name already exists; a new download gets a numbered name (&quot;file (1).iso&quot;) when it completes.</numerusform>
            <numerusform>%n files of these names already exist; a new download gets a numbered name (&quot;file (1).iso&quot;) when it completes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::PropertiesDialog</name>
    <message numerus="yes">
        <source>%1 of %2, %3 of %n file(s)</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts: &quot;1.5 MB of 3 MB, 1 of 2 files&quot;</extracomment>
        <translation>
            <numerusform>%1 of %2, %3 of %n file</numerusform>
            <numerusform>%1 of %2, %3 of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message numerus="yes">
        <source>Ferry: %n active job(s), %1</source>
        <comment>tray tooltip</comment>
        <extracomment>%1 is a speed such as &quot;1.5 MB/s&quot;</extracomment>
        <translation>
            <numerusform>Ferry: %n active job, %1</numerusform>
            <numerusform>Ferry: %n active jobs, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hasher</name>
    <message numerus="yes">
        <source>The file ended %n byte(s) early.</source>
        <translation>
            <numerusform>The file ended %n byte early.</numerusform>
            <numerusform>The file ended %n bytes early.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobNames</name>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPrinter</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
