# fish completion for twin(1): commands, options, file names, and city and
# country names from the registry that the command line reads (-f,
# $TWIN_DATA or the built-in one).  Load it with
#   twin completion fish | source
# or install it as twin.fish in a directory of $fish_complete_path.

# The candidates for the token under the cursor, one a line.
function __twin_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l twin $tokens[1]
    set -l files
    set -l cmd
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        switch $w
            case -f --file
                set i (math $i + 1)
                test $i -le (count $tokens); and set -a files -f $tokens[$i]
            case '--file=*'
                set -a files -f (string replace -- --file= '' $w)
            case -o --format -c --country -k --kind -s --status --between \
                    --city --decade --depth --min --since --until --region --as-of --delimiter --encoding \
                    --gazetteer --admin1 -O --output --projection --min-km --max-km
                set i (math $i + 1)
            case '-*'
            case '*'
                test -z "$cmd"; and set cmd $w
        end
        set i (math $i + 1)
    end

    # The option whose argument is completed: -f x, --file x or --file=x.
    set -l opt
    test (count $tokens) -gt 1; and set opt $tokens[-1]
    set -l arg $cur
    set -l prefix ''
    if string match -q -- '--*=*' $cur
        set opt (string split -m 1 = -- $cur)[1]
        set arg (string split -m 1 = -- $cur)[2]
        set prefix $opt=
    end
    switch $opt
        case -f --file --gazetteer --admin1 -O --output
            __fish_complete_path $arg | string replace -r -- '^' "$prefix"
            return
        case --projection
            printf '%s\n' $prefix{equal-earth,equirectangular,mercator}
            return
        case -o --format
            if test "$cmd" = graph
                printf '%s\n' $prefix{dot,graphml,gexf,json,edges}
            else
                printf '%s\n' $prefix{table,tsv,csv,json}
            end
            return
        case -s --status
            printf '%s\n' $prefix{active,suspended,ended,all}
            return
        case -k --kind
            printf '%s\n' $prefix{twin,partner,cooperation,friendship,all}
            return
        case -c --country
            $twin $files countries -o tsv 2>/dev/null | string replace -r -- \
                '^([^\t]*).*' "$prefix\$1"
            return
        case --city
            __twin_cities $arg | string replace -r -- '^' "$prefix"
            return
        case --between --decade --depth --min --since --until --region --as-of --delimiter --encoding --min-km --max-km
            return
    end

    if test -z "$cmd"
        if string match -q -- '-*' $cur
            printf '%s\n' --file --format --help --no-header --version
        else
            __twin_commands
        end
        return
    end

    set -l opts --file --format --help --no-header
    test "$cmd" = map; and set opts --file --help --between --max-km --min-km --output --projection
    switch $cmd
        case partners common path show graph links decade suspended map
            set -a opts --exact --region
    end
    switch $cmd
        case partners links decade suspended cities countries common path stats graph map
            set -a opts --as-of --known-years --since --until
        case show history
            set -a opts --as-of
    end
    switch $cmd
        case history
            set -a opts --country --exact --kind --region
        case partners links decade suspended
            set -a opts --distance --max-km --min-km --sources
        case show
            set -a opts --country
    end
    switch $cmd
        case partners common path cities countries stats graph map
            set -a opts --country --kind --status
        case links decade suspended
            set -a opts --between --city --country --kind
    end
    switch $cmd
        case links suspended
            set -a opts --decade
        case cities
            set -a opts --min
        case stats
            set -a opts --counts
        case cache
            set -a opts --clear
        case locate
            set -a opts --admin1 --gazetteer
        case rank
            set -a opts --as-of --by --count --country --kind --known-years --since --status --until
        case countries
            set -a opts --pairs
        case graph
            set -a opts --countries --depth
        case completion
            set opts --help
    end
    switch $cmd
        case links decade
            set -a opts --status
    end
    if string match -q -- '-*' $cur
        printf '%s\n' $opts
        return
    end
    switch $cmd
        case partners common path show graph map
            __twin_cities $cur
        case check
            __fish_complete_path $cur
        case completion
            printf '%s\n' bash zsh fish
        case help
            __twin_commands
    end
end

# Names of cities and aliases that start with the word, matched by twin
# whatever the case and accents.
function __twin_cities -S
    $twin $files completion --cities "$argv[1]" 2>/dev/null
end

# The commands, as twin --help lists them.
function __twin_commands -S
    $twin --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
        on && NF == 0 { exit } on { print $1 }'
end

complete -c twin -f -a '(__twin_complete)'
