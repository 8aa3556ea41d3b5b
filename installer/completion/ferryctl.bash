# bash completion for ferryctl (installed to share/bash-completion/completions/ferryctl).
# Completes the commands of `ferryctl help`, their options and option values, job ids (from
# `ferryctl list --all`) where a command takes a JOB, and paths where it takes a local path.

_ferryctl_commands="create addfile resume suspend cancel complete setpriority setnoprogresstimeout
    setminretrydelay setnotifyflags setnotifycmdline setdisplayname setdescription setreplyfilename
    setcustomheaders setcredentials setremotename info list monitor wait transfer help"

# The ids of the user's jobs, queue and history; nothing when no engine answers quickly.
_ferryctl_jobs() {
    timeout 3 ferryctl list --all 2>/dev/null | awk 'length($1) >= 8 && $1 ~ /^[0-9a-f]+$/ { print $1 }'
}

_ferryctl() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        mapfile -t COMPREPLY < <(compgen -W "$_ferryctl_commands --help --version" -- "$cur")
        return
    fi

    local command=${COMP_WORDS[1]}

    # Values of options.
    case $prev in
        --type)
            mapfile -t COMPREPLY < <(compgen -W "download upload upload-reply" -- "$cur")
            return
            ;;
        --priority)
            mapfile -t COMPREPLY < <(compgen -W "foreground high normal low" -- "$cur")
            return
            ;;
        --segments | --limit | --timeout)
            return
            ;;
    esac

    # The options each command takes.
    local options=
    case $command in
        create) options="--type --priority --auto-complete" ;;
        info) options="--json" ;;
        list) options="--all --json" ;;
        monitor) options="--json" ;;
        wait) options="--timeout" ;;
        transfer) options="--priority --segments --limit" ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options --help" -- "$cur")
        return
    fi

    # Which positional argument is being completed (options and their values skipped).
    local i arg=0
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --type | --priority | --segments | --limit | --timeout) ((i++)) ;;
            -*) ;;
            *) ((arg++)) ;;
        esac
    done

    case $command in
        help)
            ((arg == 0)) && mapfile -t COMPREPLY < <(compgen -W "$_ferryctl_commands" -- "$cur")
            ;;
        resume | suspend | cancel | complete | info | wait | setnoprogresstimeout | setminretrydelay | \
            setnotifyflags | setdisplayname | setdescription | setcustomheaders | setremotename)
            ((arg == 0)) && mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur")
            ;;
        addfile)
            case $arg in
                0) mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur") ;;
                2) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
            esac
            ;;
        setpriority)
            case $arg in
                0) mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur") ;;
                1) mapfile -t COMPREPLY < <(compgen -W "foreground high normal low" -- "$cur") ;;
            esac
            ;;
        setreplyfilename)
            case $arg in
                0) mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur") ;;
                1) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
            esac
            ;;
        setnotifycmdline)
            case $arg in
                0) mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur") ;;
                1) mapfile -t COMPREPLY < <(compgen -c -- "$cur") ;;
                *) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
            esac
            ;;
        setcredentials)
            case $arg in
                0) mapfile -t COMPREPLY < <(compgen -W "$(_ferryctl_jobs)" -- "$cur") ;;
                1) mapfile -t COMPREPLY < <(compgen -W "server proxy" -- "$cur") ;;
                2) mapfile -t COMPREPLY < <(compgen -W "basic digest" -- "$cur") ;;
            esac
            ;;
        transfer)
            # URLs cannot be completed; the last argument is a local file or folder.
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
    esac
}

complete -o filenames -F _ferryctl ferryctl
