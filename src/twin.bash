# bash completion for twin(1): commands, options, and city and country
# names from the registry that the command line reads (-f, $TWIN_DATA or
# the built-in one).  Load it with:  source <(twin completion bash)

# _twin_list CUR COMMAND...: the first field of each line COMMAND prints
# that starts with $word (the word being completed, unquoted; any case),
# each once, quoted for the command line unless CUR opens a quote.
_twin_list()
{
	local cur=$1 name q
	shift
	while IFS= read -r name; do
		if [[ $cur == [\"\']* ]]; then
			COMPREPLY+=("$name")
		else
			printf -v q '%q' "$name"
			COMPREPLY+=("$q")
		fi
	done < <("$@" 2>/dev/null | TWIN_WORD=${word,,} awk -F '\t' '
	    index(tolower($1), ENVIRON["TWIN_WORD"]) == 1 && !seen[$1]++ {
		print $1
	    }')
}

_twin()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=
	local twin=${COMP_WORDS[0]} cmd= word opts i
	local -a files=()

	COMPREPLY=()
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	[[ $twin == "~/"* ]] && twin=$HOME/${twin#"~/"}
	for ((i = 1; i < COMP_CWORD; i++)); do
		word=${COMP_WORDS[i]}
		case $word in
		-f | --file)
			word=${COMP_WORDS[i + 1]}
			[[ $word == "~/"* ]] && word=$HOME/${word#"~/"}
			files+=(-f "$word")
			((i++)) ;;
		-o | --format | -c | --country | -k | --kind | -s | --status | \
		--between | --city | --decade | --depth | --min | --since | --until)
			((i++)) ;;
		-*) ;;
		*) [[ -z $cmd ]] && cmd=$word ;;
		esac
	done

	# The word as typed, without its quoting: Saint\ Pe or "Saint Pe.
	word=$cur
	case $word in
	\"* | \'*) word=${word:1} ;;
	*) word=${word//\\/} ;;
	esac

	case $prev in
	-f | --file)
		COMPREPLY=($(compgen -f -- "$cur"))
		compopt -o filenames 2>/dev/null
		return ;;
	-o | --format)
		COMPREPLY=($(compgen -W "table tsv csv json" -- "$cur"))
		return ;;
	-s | --status)
		COMPREPLY=($(compgen -W "active suspended ended all" -- "$cur"))
		return ;;
	-k | --kind)
		COMPREPLY=($(compgen -W "twin partner cooperation friendship all" \
		    -- "$cur"))
		return ;;
	-c | --country)
		_twin_list "$cur" "$twin" "${files[@]}" countries -o tsv
		return ;;
	--city)
		_twin_list "$cur" "$twin" "${files[@]}" cities --min 0 \
		    -o tsv
		return ;;
	--between | --decade | --depth | --min | --since | --until)
		return ;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--file --format --help --no-header
			    --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$("$twin" --help 2>/dev/null |
			    awk '/^commands:/ { on = 1; next }
			    on && NF == 0 { exit } on { print $1 }')" -- "$cur"))
		fi
		return
	fi

	opts="--file --format --help --no-header"
	case $cmd in
	partners | common | path | cities | countries | stats)
		opts+=" --country --kind --status" ;;&
	links | decade | suspended)
		opts+=" --between --city --country --kind --since --until" ;;&
	links | suspended) opts+=" --decade" ;;&
	links | decade) opts+=" --status" ;;&
	cities) opts+=" --min" ;;
	countries) opts+=" --pairs" ;;
	graph) opts="--country --depth --file --help --kind --status" ;;
	completion) opts="--help" ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi
	case $cmd in
	partners | common | path | graph)
		_twin_list "$cur" "$twin" "${files[@]}" cities --min 0 \
		    -o tsv ;;
	completion)
		COMPREPLY=($(compgen -W "bash" -- "$cur")) ;;
	esac
}

complete -F _twin twin
