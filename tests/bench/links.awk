# links.awk - answer the benchmark questions with plain POSIX awk.
#
#   awk -v mode=partners -v q=NAME -f links.awk FILE
#   awk -v mode=decade   -v q=1960 -f links.awk FILE
#   awk -v mode=suspended          -f links.awk FILE
#
# Prints the 7 columns city, country, partner, partner_country, year, status,
# kind as TSV, like twin; like twin, partners and decade leave ended links
# out. Columns are found by name in the header row, so a
# registry without kind/year columns works too. Name comparison is ASCII
# case-insensitive only (awk's tolower), with no accent folding.
#
# CSV handling: a line without a double quote is split on commas (fast path);
# a line with one is split on commas and the pieces that belong to a quoted
# field are joined back, then the quotes are removed ("" becomes "). Quoted
# fields spanning several lines are not supported.

BEGIN {
    FS = ","
    OFS = "\t"
    q = tolower(q)
    if (mode == "decade") q = substr(q, 1, 3)
}

NR == 1 {
    for (i = 1; i <= NF; i++) col[$i] = i
    cc = col["city"]; ccn = col["country"]; cp = col["partner"]
    cpn = col["partner_country"]; cy = col["year"]; cs = col["status"]
    ck = col["kind"]
    next
}

{
    if (index($0, "\"")) {
        n = split($0, piece, ",")
        nf = 0
        for (i = 1; i <= n; i++) {
            fld = piece[i]
            if (substr(fld, 1, 1) == "\"") {
                while (quotes(fld) % 2 && i < n)
                    fld = fld "," piece[++i]
                fld = substr(fld, 2, length(fld) - 2)
                gsub(/""/, "\"", fld)
            }
            f[++nf] = fld
        }
    } else {
        nf = NF
        for (i = 1; i <= NF; i++) f[i] = $i
    }

    if (mode == "partners")
        hit = (tolower(f[cc]) == q || tolower(f[cp]) == q) && f[cs] != "ended"
    else if (mode == "decade")
        hit = cy && length(f[cy]) == 4 && substr(f[cy], 1, 3) == q && f[cs] != "ended"
    else if (mode == "suspended")
        hit = f[cs] == "suspended"
    else {
        print "links.awk: unknown mode " mode > "/dev/stderr"
        exit 2
    }
    if (hit) {
        found = 1
        print f[cc], f[ccn], f[cp], f[cpn], (cy ? f[cy] : ""), f[cs], (ck ? f[ck] : "")
    }
}

END { if (!found) exit 1 }

function quotes(s,   t) {
    t = s
    return gsub(/"/, "", t)
}
