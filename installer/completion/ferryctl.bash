# bash completion for ferryctl (docs/cli.md). Install as
# /usr/share/bash-completion/completions/ferryctl.

_ferryctl_jobs()
{
    # Job ids from the running engine; nothing when none runs (never start one for a completion).
    local sock="${XDG_RUNTIME_DIR:-/tmp}/ferry/ferry.socket"
    [[ -S $sock ]] || return
    ferryctl list --all 2>/dev/null | awk 'NR > 1 && $1 ~ /^[0-9a-f]+$/ { print $1 }'
}

_ferryctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="create addfile resume suspend cancel complete setpriority
        setnoprogresstimeout setminretrydelay setnotifyflags setnotifycmdline setdisplayname
        setdescription setreplyfilename setcustomheaders setcredentials setremotename setchecksum info list
        monitor wait transfer browser help"

    case $prev in
        --type)
            COMPREPLY=($(compgen -W "download upload upload-reply" -- "$cur"))
            return ;;
        --priority)
            COMPREPLY=($(compgen -W "foreground high normal low" -- "$cur"))
            return ;;
        --protocol)
            COMPREPLY=($(compgen -W "put post tus" -- "$cur"))
            return ;;
        --browser)
            COMPREPLY=($(compgen -W "chromium chrome firefox all" -- "$cur"))
            return ;;
        --timeout | --segments | --limit | --checksum)
            return ;;
    esac

    local command="" i arg=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --type | --priority | --timeout | --segments | --limit | --protocol | --browser | --checksum) ((i++)) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=${words[i]}; else ((arg++)); fi ;;
        esac
    done

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        local options="--json --help"
        case $command in
            create) options+=" --type --priority --auto-complete" ;;
            addfile) options+=" --checksum" ;;
            list) options+=" --all" ;;
            wait) options+=" --timeout" ;;
            transfer) options+=" --priority --segments --limit --upload --protocol" ;;
            browser) options+=" --browser" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        help)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        create | list | monitor) ;;
        browser)
            ((arg == 0)) && COMPREPLY=($(compgen -W "install uninstall status" -- "$cur")) ;;
        transfer)
            _filedir ;;
        setpriority)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur"))
            ((arg == 1)) && COMPREPLY=($(compgen -W "foreground high normal low" -- "$cur")) ;;
        setcredentials)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur"))
            ((arg == 1)) && COMPREPLY=($(compgen -W "server proxy" -- "$cur"))
            ((arg == 2)) && COMPREPLY=($(compgen -W "basic digest" -- "$cur")) ;;
        addfile)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur"))
            ((arg == 2)) && _filedir ;;
        setreplyfilename)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur"))
            ((arg == 1)) && _filedir ;;
        setnotifycmdline)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur"))
            ((arg == 1)) && COMPREPLY=($(compgen -c -- "$cur"))
            ((arg > 1)) && _filedir ;;
        *)
            ((arg == 0)) && COMPREPLY=($(compgen -W "$(_ferryctl_jobs)" -- "$cur")) ;;
    esac
} && complete -F _ferryctl ferryctl
