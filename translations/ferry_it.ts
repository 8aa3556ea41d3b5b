<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Ctl</name>
    <message>
        <source>Create a job (SUSPENDED, without files) and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a job for transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a job&apos;s transferred files available and finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a job&apos;s priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a job&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a job&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how long a job may retry without progress before it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the minimum delay before a failed transfer is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the notify flags (1 transferred, 2 error, 4 disable, 8 modification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a program when the job is transferred or fails (an empty PROGRAM removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where an upload-reply job saves the server&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these HTTP headers with every request of the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the credentials for the server or the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the URL of one file of a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every property of a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the jobs in the queue (--all adds the history of finished jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ferryctl COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ferryctl help COMMAND&quot; for the description of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ferryctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferryctl drives Ferry&apos;s transfer jobs from the command line, like bitsadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB is a job id or any unique prefix of it. Exit status: 0 success, 1 usage error, 2 no engine, 3 the call was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>%1 and %2 are sizes, %3 and %4 file counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-progress timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--type needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::Engine</name>
    <message>
        <source>another Ferry engine is running (process %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::JobActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <comment>verb: complete the job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or continue transferring the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected jobs and delete their temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the transferred files available and finish the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message>
        <source>Unknown</source>
        <comment>size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>column: bytes transferred</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::JobValidation</name>
    <message>
        <source>the URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is longer than 2,200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local path must not contain wildcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to upload does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to upload is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply file path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply file&apos;s folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply file&apos;s folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display name is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than 1,024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom headers are longer than 16 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom header is not of the form &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program must be given by its absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arguments are longer than 4,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic and Digest credentials need a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy lists are only allowed with an explicit proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an explicit proxy needs a proxy list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <comment>status bar</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their temporary files are deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The job could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 says what failed, %2 is a BITS result name such as BG_E_INVALID_STATE, %3 its description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::NewJobDialog</name>
    <message>
        <source>Add the jobs &amp;suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Downloads To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ferry::Result</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1.</source>
        <extracomment>%1 is a hexadecimal error code such as 0x80070070</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a general error description, %2 the specific detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNames</name>
    <message>
        <source>Queued</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient error</source>
        <comment>job state: will retry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <comment>job state: waiting for Complete</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job state: ACKNOWLEDGED</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload with reply</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground</source>
        <comment>job priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>job priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>job priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>job priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cause</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer engine</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote file</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server application</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate check</source>
        <comment>error context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>transfer speed; %1 is a size such as &quot;1.5 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, e.g. &quot;3 h 5 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ferry download and upload manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this interface language (en, ru, it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry cannot start its transfer engine.

%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
