<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ctl</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n job</numerusform>
            <numerusform>&quot;%1&quot; matches %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HttpDownload</name>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>No data arrived for %n second.</numerusform>
            <numerusform>No data arrived for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their temporary files are deleted.</source>
        <translation>
            <numerusform>Cancel %n job? Its temporary files are deleted.</numerusform>
            <numerusform>Cancel %n jobs? Their temporary files are deleted.</numerusform>
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
</TS>
