# bash completion for twin(1): commands, options, file names, and city and
# country names from the registry that the command line reads (-f,
# $TWIN_DATA or the built-in one).  Load it with:
#   source <(twin completion bash)

# _twin_quote CUR NAME...: add each NAME to COMPREPLY, quoted for the
# command line unless CUR opens a quote.
_twin_quote()
{
	local cur=$1 name q
	shift
	for name; do
		if [[ $cur == [\"\']* ]]; then
			COMPREPLY+=("$name")
		else
			printf -v q '%q' "$name"
			COMPREPLY+=("$q")
		fi
	done
}

# _twin_list CUR COMMAND...: the first field of each line COMMAND prints
# that starts with $word (the word being completed, unquoted; any case),
# each once.
_twin_list()
{
	local cur=$1 name
	local -a names=()
	shift
	while IFS= read -r name; do
		names+=("$name")
	done < <("$@" 2>/dev/null | TWIN_WORD=${word,,} awk -F '\t' '
	    index(tolower($1), ENVIRON["TWIN_WORD"]) == 1 && !seen[$1]++ {
		print $1
	    }')
	_twin_quote "$cur" "${names[@]}"
}

# _twin_cities CUR: the names of cities and aliases that start with $word,
# matched by twin itself whatever the case and accents (got: Göteborg).
_twin_cities()
{
	local cur=$1 name
	local -a names=()
	while IFS= read -r name; do
		names+=("$name")
	done < <("$twin" "${files[@]}" completion --cities "$word" 2>/dev/null)
	_twin_quote "$cur" "${names[@]}"
}

# _twin_files ARG PREFIX: file names that start with ARG, each after PREFIX
# (--file= when bash has not split the word at the =).
_twin_files()
{
	local name
	while IFS= read -r name; do
		COMPREPLY+=("$2$name")
	done < <(compgen -f -- "$1")
	compopt -o filenames 2>/dev/null
}

_twin()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=
	local twin=${COMP_WORDS[0]} cmd= word opts opt arg prefix= i
	local -a files=()

	COMPREPLY=()
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	[[ $twin == "~/"* ]] && twin=$HOME/${twin#"~/"}
	for ((i = 1; i < COMP_CWORD; i++)); do
		word=${COMP_WORDS[i]}
		# --file=x: one word, or three when bash splits it at the =.
		if [[ ${COMP_WORDS[i + 1]} == = ]] && ((i + 1 < COMP_CWORD)); then
			case $word in
			--file)
				word=${COMP_WORDS[i + 2]}
				[[ $word == "~/"* ]] && word=$HOME/${word#"~/"}
				files+=(-f "$word") ;;
			esac
			((i += 2))
			continue
		fi
		case $word in
		-f | --file)
			word=${COMP_WORDS[i + 1]}
			[[ $word == "~/"* ]] && word=$HOME/${word#"~/"}
			files+=(-f "$word")
			((i++)) ;;
		--file=*)
			word=${word#--file=}
			[[ $word == "~/"* ]] && word=$HOME/${word#"~/"}
			files+=(-f "$word") ;;
		-o | --format | -c | --country | -k | --kind | -s | --status | \
		--between | --city | --decade | --depth | --min | --since | \
		--until | --region | --as-of | --delimiter | --encoding | \
		--gazetteer | --admin1 | -O | --output | --projection | \
		--min-km | --max-km)
			((i++)) ;;
		-*) ;;
		*) [[ -z $cmd ]] && cmd=$word ;;
		esac
	done

	# The option whose argument is being completed, and that argument:
	# -f x, --file x, --file=x as one word, or as --file = x.
	opt=$prev arg=$cur
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*} arg=${cur#*=} prefix=${cur%%=*}=
	elif [[ $cur == = && $prev == --* ]]; then
		opt=$prev arg=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	fi

	# The word as typed, without its quoting: Saint\ Pe or "Saint Pe.
	word=$arg
	case $word in
	\"* | \'*) word=${word:1} ;;
	*) word=${word//\\/} ;;
	esac

	case $opt in
	-f | --file | --gazetteer | --admin1 | -O | --output)
		_twin_files "$arg" "$prefix"
		return ;;
	--projection)
		COMPREPLY=($(compgen -P "$prefix" -W "equal-earth equirectangular
		    mercator" -- "$arg"))
		return ;;
	-o | --format)
		if [[ $cmd == graph ]]; then
			COMPREPLY=($(compgen -P "$prefix" -W "dot graphml gexf json
			    edges" -- "$arg"))
		else
			COMPREPLY=($(compgen -P "$prefix" -W "table tsv csv json" \
			    -- "$arg"))
		fi
		return ;;
	-s | --status)
		COMPREPLY=($(compgen -P "$prefix" -W "active suspended ended all" \
		    -- "$arg"))
		return ;;
	-k | --kind)
		COMPREPLY=($(compgen -P "$prefix" -W "twin partner cooperation
		    friendship all" -- "$arg"))
		return ;;
	-c | --country)
		_twin_list "$arg" "$twin" "${files[@]}" countries -o tsv
		return ;;
	--city)
		_twin_cities "$arg"
		return ;;
	--between | --decade | --depth | --min | --since | --until | --region | --as-of | --delimiter | --encoding | --min-km | --max-km)
		return ;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--file --format --help --no-header
			    --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_twin_commands)" -- "$cur"))
		fi
		return
	fi

	opts="--file --format --help --no-header"
	case $cmd in
	map) opts="--file --help --between --country --kind --max-km --min-km
		--output --projection --status" ;;&
	partners | common | path | show | graph | links | decade | suspended | \
	map)
		opts+=" --exact --region" ;;&
	partners | links | decade | suspended)
		opts+=" --distance --max-km --min-km --sources" ;;&
	partners | links | decade | suspended | cities | countries | common | \
	path | stats | graph | map)
		opts+=" --as-of --known-years --since --until" ;;&
	show | history) opts+=" --as-of" ;;&
	history) opts+=" --country --exact --kind --region" ;;&
	show) opts+=" --country" ;;&
	partners | common | path | cities | countries | stats)
		opts+=" --country --kind --status" ;;&
	links | decade | suspended)
		opts+=" --between --city --country --kind" ;;&
	links | suspended) opts+=" --decade" ;;&
	links | decade) opts+=" --status" ;;&
	cities) opts+=" --min" ;;
	stats) opts+=" --counts" ;;
	countries) opts+=" --pairs" ;;
	graph) opts+=" --countries --country --depth --kind --status" ;;
	cache) opts+=" --clear" ;;
	locate) opts+=" --admin1 --gazetteer" ;;
	rank) opts+=" --as-of --by --count --country --kind --known-years --since --status --until" ;;
	completion) opts="--help" ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi
	case $cmd in
	partners | common | path | show | graph | map)
		_twin_cities "$cur" ;;
	check)
		_twin_files "$cur" "" ;;
	completion)
		COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
	help)
		COMPREPLY=($(compgen -W "$(_twin_commands)" -- "$cur")) ;;
	esac
}

# The commands, as twin --help lists them.
_twin_commands()
{
	"$twin" --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
	    on && NF == 0 { exit } on { print $1 }'
}

complete -F _twin twin
