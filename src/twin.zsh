#compdef twin
# zsh completion for twin(1): commands, options, file names, and city and
# country names from the registry that the command line reads (-f,
# $TWIN_DATA or the built-in one).  Load it with
#   source <(twin completion zsh)
# after compinit, or install it as _twin in a directory of $fpath.

_twin() {
	local twin=${(Q)words[1]} cmd= w opt arg i
	local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
	local -a files opts names

	[[ $twin == '~/'* ]] && twin=$HOME/${twin#'~/'}
	for ((i = 2; i < CURRENT; i++)); do
		w=${words[i]}
		case $w in
		(-f|--file) files+=(-f "${(Q)words[i+1]}"); ((i++)) ;;
		(--file=*) files+=(-f "${(Q)w#--file=}") ;;
		(-o|--format|-c|--country|-k|--kind|-s|--status|--between|--city|\
--decade|--depth|--min|--since|--until|--region|--as-of|--delimiter|--encoding|\
--gazetteer|--admin1|-O|--output|--projection|--min-km|--max-km) ((i++)) ;;
		(-*) ;;
		(*) [[ -z $cmd ]] && cmd=$w ;;
		esac
	done

	# The option whose argument is completed: -f x, --file x or --file=x.
	opt=$prev arg=$cur
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*} arg=${cur#*=}
		compset -P '*='
	fi
	case $opt in
	(-f|--file|--gazetteer|--admin1|-O|--output) _files; return ;;
	(--projection) compadd -- equal-earth equirectangular mercator; return ;;
	(-o|--format)
		if [[ $cmd == graph ]]; then
			compadd -- dot graphml gexf json edges
		else
			compadd -- table tsv csv json
		fi
		return ;;
	(-s|--status) compadd -- active suspended ended all; return ;;
	(-k|--kind) compadd -- twin partner cooperation friendship all; return ;;
	(-c|--country)
		names=(${(f)"$("$twin" "${files[@]}" countries -o tsv 2>/dev/null |
		    cut -f 1)"})
		compadd -- "${names[@]}"
		return ;;
	(--city) _twin_cities "$arg"; return ;;
	(--between|--decade|--depth|--min|--since|--until|--region|--as-of|--delimiter|--encoding|--min-km|--max-km) return ;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			compadd -- --file --format --help --no-header --version
		else
			compadd -- $(_twin_commands)
		fi
		return
	fi

	opts=(--file --format --help --no-header)
	case $cmd in
	(map) opts=(--file --help --between --country --kind --max-km --min-km
	    --output --projection --status) ;|
	(partners|common|path|show|graph|links|decade|suspended|map)
		opts+=(--exact --region) ;|
	(partners|links|decade|suspended)
		opts+=(--distance --max-km --min-km --sources) ;|
	(partners|links|decade|suspended|cities|countries|common|path|stats|graph|map)
		opts+=(--as-of --known-years --since --until) ;|
	(show|history) opts+=(--as-of) ;|
	(history) opts+=(--country --exact --kind --region) ;|
	(show) opts+=(--country) ;|
	(partners|common|path|cities|countries|stats)
		opts+=(--country --kind --status) ;|
	(links|decade|suspended)
		opts+=(--between --city --country --kind) ;|
	(links|suspended) opts+=(--decade) ;|
	(links|decade) opts+=(--status) ;|
	(cities) opts+=(--min) ;;
	(stats) opts+=(--counts) ;;
	(cache) opts+=(--clear) ;;
	(locate) opts+=(--admin1 --gazetteer) ;;
	(rank) opts+=(--as-of --by --count --country --kind --known-years --since --status --until) ;;
	(countries) opts+=(--pairs) ;;
	(graph) opts+=(--countries --country --depth --kind --status) ;;
	(completion) opts=(--help) ;;
	esac
	if [[ $cur == -* ]]; then
		compadd -- "${opts[@]}"
		return
	fi
	case $cmd in
	(partners|common|path|show|graph|map) _twin_cities "$cur" ;;
	(check) _files ;;
	(completion) compadd -- bash zsh fish ;;
	(help) compadd -- $(_twin_commands) ;;
	esac
}

# The names of cities and aliases that start with the word, matched by twin
# whatever the case and accents; -U, for zsh would drop Gothenburg for got.
_twin_cities() {
	local -a names
	names=(${(f)"$("$twin" "${files[@]}" completion --cities "${(Q)1}" \
	    2>/dev/null)"})
	compadd -U -- "${names[@]}"
}

# The commands, as twin --help lists them.
_twin_commands() {
	"$twin" --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
	    on && NF == 0 { exit } on { print $1 }'
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
	_twin "$@"
elif (( $+functions[compdef] )); then
	compdef _twin twin
fi
