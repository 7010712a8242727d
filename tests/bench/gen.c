/*
 * gen - deterministic generator of synthetic twinning registries.
 *
 *   gen N SEED > links.csv
 *
 * Writes a header and N links in the registry format
 *   city,country,partner,partner_country,year,status,kind,source,note
 * (RFC 4180 quoting, UTF-8, LF line ends). The same N and SEED always give
 * byte-identical output, on any platform with a C11 compiler.
 *
 * Properties of the output:
 *   - city names of realistic length (median about 9 characters), built from
 *     syllables; about 10% contain non-ASCII letters (valid UTF-8), a few
 *     carry a region after a comma and so are quoted ("Hamilton, Ontario");
 *     a short list of real names (Łódź, Göteborg, São Paulo, "Washington,
 *     D.C." ...) is mixed in;
 *   - every (name, country) pair is unique, every link appears once (never
 *     also reversed), no city is linked with itself, every name has a letter;
 *   - years 1947-2024, about 15% empty; statuses mostly active, some
 *     suspended or ended; kinds twin, partner, cooperation, friendship;
 *     countries are ISO 3166-1 alpha-2 codes from a fixed list;
 *   - when N >= 100, three known query targets, written in the middle of the
 *     file and appearing nowhere else:
 *         Benchville (FI)          25 links, 3 in the 1960s, 2 suspended
 *         Grand Bénchy (FR)        12 links (query it as "grand benchy")
 *         "Benchport, Upper" (US)   5 links (a quoted name with a comma)
 *
 * No dependencies beyond libc. Memory: about 25 bytes per link.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* ---------- random numbers: splitmix64, fully specified ---------- */

typedef struct { uint64_t s; } rng;

static uint64_t next64(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* uniform in [0, n), n > 0 (multiply-shift; bias is negligible here) */
static uint32_t below(rng *r, uint32_t n)
{
    return (uint32_t)(((next64(r) >> 32) * (uint64_t)n) >> 32);
}

static rng rng_for(uint64_t seed, uint64_t stream, uint64_t index)
{
    rng r = { seed * 0xD1B54A32D192ED03ULL ^ stream * 0x8CB92BA72F3D8DD7ULL ^ index };
    next64(&r);
    return r;
}

/* ---------- fixed tables ---------- */

/* countries, with weights roughly following the share of twinning links */
static const struct { const char *code; unsigned w; } COUNTRIES[] = {
    {"DE", 60}, {"FR", 55}, {"US", 45}, {"PL", 30}, {"IT", 30}, {"GB", 28},
    {"CN", 25}, {"JP", 22}, {"RU", 20}, {"UA", 16}, {"ES", 16}, {"NL", 12},
    {"SE", 12}, {"FI", 12}, {"NO", 10}, {"DK", 10}, {"BE", 10}, {"CZ", 10},
    {"HU", 10}, {"RO", 10}, {"AT", 9},  {"CH", 8},  {"PT", 8},  {"BR", 8},
    {"TR", 8},  {"GR", 7},  {"SK", 7},  {"HR", 6},  {"SI", 6},  {"RS", 6},
    {"BG", 6},  {"LT", 5},  {"LV", 5},  {"EE", 5},  {"IE", 5},  {"IS", 3},
    {"CA", 6},  {"MX", 5},  {"AR", 4},  {"CL", 3},  {"CO", 3},  {"PE", 3},
    {"KR", 6},  {"TW", 3},  {"IN", 4},  {"IL", 4},  {"MA", 3},  {"TN", 3},
    {"SN", 2},  {"ZA", 3},  {"AU", 5},  {"NZ", 3},  {"BY", 4},  {"GE", 3},
    {"AM", 3},  {"AZ", 2},  {"KZ", 2},  {"VN", 2},  {"PH", 2},  {"ID", 2},  {"FO", 1},
};
#define NCOUNTRY (sizeof COUNTRIES / sizeof COUNTRIES[0])

static const char *const ONSETS[] = {
    "b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m",
    "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "sl",
};
static const char *const NUCLEI[] = { "a", "e", "i", "o", "u", "au", "ei", "ia" };
static const char *const CODAS[] = {
    "", "n", "r", "s", "l", "m", "rg", "rk", "nd", "st", "tz", "ck",
};
#define NONS (sizeof ONSETS / sizeof ONSETS[0])
#define NNUC (sizeof NUCLEI / sizeof NUCLEI[0])
#define NCOD (sizeof CODAS / sizeof CODAS[0])

/* prefixes end with a space or hyphen, suffixes start with one (or with a
   comma), so they cannot merge with the syllable core */
static const char *const PREFIXES[] = {
    "San ", "Santa ", "Sankt ", "Bad ", "Port ", "Nova ", "Novo ", "Saint-",
    "Gross ", "Nieder-", "Ober-", "Villa ", "Puerto ", "Stary ", "Velike ",
};
static const char *const SUFFIXES[] = {
    " am See", "-sur-Mer", " upon Avon", " del Mar", "-les-Bains", " Nord",
    " City", "-Zdrój", " an der Oder", " de la Frontera",
};
static const char *const REGIONS[] = {
    ", Ontario", ", New South Wales", ", Bolívar", ", Texas", ", Bavaria",
    ", Kansas", ", Nariño", ", Queensland", ", Quindío", ", Oregon",
};

/* accented forms: one ASCII letter is replaced by one of these; each
   replacement maps back to a single ASCII letter, which keeps names unique */
static const struct { char from; const char *lower, *upper; } ACCENTS[] = {
    {'a', "ä", "Ä"}, {'a', "á", "Á"}, {'a', "å", "Å"}, {'a', "ã", "Ã"},
    {'e', "é", "É"}, {'e', "è", "È"}, {'e', "ë", "Ë"}, {'e', "ę", "Ę"},
    {'i', "í", "Í"}, {'i', "î", "Î"}, {'o', "ö", "Ö"}, {'o', "ó", "Ó"},
    {'o', "ø", "Ø"}, {'o', "ô", "Ô"}, {'u', "ü", "Ü"}, {'u', "ú", "Ú"},
    {'l', "ł", "Ł"}, {'s', "š", "Š"}, {'s', "ś", "Ś"}, {'z', "ž", "Ž"},
    {'z', "ź", "Ź"}, {'n', "ñ", "Ñ"}, {'c', "ç", "Ç"}, {'r', "ř", "Ř"},
    {'d', "đ", "Đ"}, {'t', "ţ", "Ţ"},
};
#define NACC (sizeof ACCENTS / sizeof ACCENTS[0])

static const struct { const char *name, *code; } REAL[] = {
    {"Łódź", "PL"}, {"Göteborg", "SE"}, {"São Paulo", "BR"}, {"Zürich", "CH"},
    {"Kraków", "PL"}, {"Malmö", "SE"}, {"Besançon", "FR"}, {"Córdoba", "AR"},
    {"Córdoba", "ES"}, {"Tórshavn", "FO"}, {"Reykjavík", "IS"},
    {"Škofja Loka", "SI"}, {"Jyväskylä", "FI"}, {"Nîmes", "FR"},
    {"Đà Nẵng", "VN"}, {"Sankt Pölten", "AT"}, {"Washington, D.C.", "US"},
    {"Hamilton, Ontario", "CA"}, {"Rio de Janeiro", "BR"}, {"Brest", "FR"},
    {"Brest", "BY"}, {"Tampere", "FI"}, {"Mönchengladbach", "DE"},
    {"Saint-Étienne", "FR"}, {"Xi'an", "CN"}, {"Île-de-France", "FR"},
    {"Llanfairpwllgwyngyll", "GB"}, {"Ústí nad Labem", "CZ"}, {"Oulu", "FI"},
    {"Besiktas", "TR"}, {"Beşiktaş", "TR"}, {"Gdańsk", "PL"}, {"Århus", "DK"},
    {"Bayside, New South Wales", "AU"}, {"Halle (Saale)", "DE"},
};
#define NREAL (sizeof REAL / sizeof REAL[0])

static const char *const KINDS[] = { "twin", "partner", "cooperation", "friendship" };

static const char *const NOTES[] = {
    "renewed after a pause",
    "signed at the town hall, in the presence of both mayors",
    "school exchange since the start",
    "charter re-signed in 2005, 2015 and 2024",
    "known locally as the \"friendship bridge\"",
    "link mostly through sports clubs",
    "partnership of the \"Hanseatic\" towns, renewed",
    "dormant; contact through the regional office",
    "includes the surrounding villages",
    "treaty text in three languages, see archive",
};
#define NNOTES (sizeof NOTES / sizeof NOTES[0])

/* ---------- output buffer ---------- */

static char obuf[1 << 16];
static size_t olen;

static void oflush(void)
{
    if (olen && fwrite(obuf, 1, olen, stdout) != olen) {
        perror("gen: write");
        exit(2);
    }
    olen = 0;
}

static void oput(const char *s, size_t n)
{
    if (olen + n > sizeof obuf) oflush();
    if (n > sizeof obuf) {           /* never happens with our field sizes */
        fwrite(s, 1, n, stdout);
        return;
    }
    memcpy(obuf + olen, s, n);
    olen += n;
}

static void ostr(const char *s) { oput(s, strlen(s)); }
static void ochar(char c) { if (olen == sizeof obuf) oflush(); obuf[olen++] = c; }

/* a CSV field, quoted only when it must be */
static void ofield(const char *s)
{
    if (strpbrk(s, ",\"\r\n") == NULL) {
        ostr(s);
        return;
    }
    ochar('"');
    for (; *s; s++) {
        if (*s == '"') ochar('"');
        ochar(*s);
    }
    ochar('"');
}

static void ouint(unsigned v)
{
    char t[16];
    int n = 0;
    do { t[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) ochar(t[--n]);
}

/* ---------- city names ---------- */

typedef struct {
    char    *arena;        /* all names, NUL-terminated */
    size_t   used, cap;
    uint32_t *off;         /* offset of each name in arena */
    uint8_t  *cc;          /* country of each city, index into COUNTRIES */
    uint32_t  n;
} pool;

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) { fputs("gen: out of memory\n", stderr); exit(2); }
    return p;
}

static uint64_t hash_str(const char *s, const char *code)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    h = (h ^ (unsigned char)code[0]) * 1099511628211ULL;
    h = (h ^ (unsigned char)code[1]) * 1099511628211ULL;
    return h;
}

/* syllable core for rank x among names of k syllables (bijective: distinct x
   give distinct strings, and the syllable structure makes k recoverable) */
static size_t make_core(char *out, uint64_t x, int k)
{
    size_t n = 0;
    for (int i = 0; i < k; i++) {
        const char *o = ONSETS[x % NONS]; x /= NONS;
        const char *v = NUCLEI[x % NNUC]; x /= NNUC;
        size_t lo = strlen(o), lv = strlen(v);
        memcpy(out + n, o, lo); n += lo;
        memcpy(out + n, v, lv); n += lv;
    }
    const char *c = CODAS[x % NCOD];
    size_t lc = strlen(c);
    memcpy(out + n, c, lc); n += lc;
    out[n] = '\0';
    return n;
}

/* does the ASCII core contain "bench"? (reserved for the query targets) */
static int reserved(const char *core)
{
    return strstr(core, "bench") != NULL || strstr(core, "bnch") != NULL;
}

/* fill the pool with m unique (name, country) pairs */
static void make_pool(pool *p, uint32_t m, uint64_t seed)
{
    p->n = m;
    p->cap = (size_t)m * 14 + 4096;
    p->arena = xmalloc(p->cap);
    p->used = 0;
    p->off = xmalloc((size_t)m * sizeof *p->off);
    p->cc = xmalloc(m);

    size_t hsize = 1;
    while (hsize < (size_t)m * 2) hsize <<= 1;
    uint32_t *ht = xmalloc(hsize * sizeof *ht);
    memset(ht, 0xff, hsize * sizeof *ht);

    unsigned wsum = 0;
    for (size_t c = 0; c < NCOUNTRY; c++) wsum += COUNTRIES[c].w;

    /* next rank for each syllable count; ranks are spread by an odd
       multiplier so consecutive cities do not look alike */
    uint64_t rank[5] = {0, 0, 0, 0, 0};
    uint64_t cap[5];
    for (int k = 1; k <= 4; k++) {
        cap[k] = NCOD;
        for (int i = 0; i < k; i++) cap[k] *= (uint64_t)NONS * NNUC;
    }

    char core[256], name[512];
    for (uint32_t i = 0; i < m; i++) {
        rng r = rng_for(seed, 1, i);
        unsigned ci = 0;
        for (;;) {
            const char *code;
            if (i < NREAL && m > 1000) {          /* real names first */
                strcpy(name, REAL[i].name);
                code = REAL[i].code;
                for (ci = 0; strcmp(COUNTRIES[ci].code, code) != 0; ci++)
                    ;
            } else {
                unsigned w = below(&r, wsum), c = 0;
                while (w >= COUNTRIES[c].w) w -= COUNTRIES[c++].w;
                code = COUNTRIES[c].code;
                ci = c;

                unsigned u = below(&r, 100);
                int k = u < 5 ? 1 : u < 45 ? 2 : u < 87 ? 3 : 4;
                while (rank[k] >= cap[k]) k++;    /* small classes fill up */
                uint64_t x = (rank[k]++ * 0x9E3779B1ULL + 12345) % cap[k];
                make_core(core, x, k);
                if (reserved(core)) continue;

                /* optional accent on one letter of the core */
                char acc[300];
                size_t cl = strlen(core);
                core[0] = (char)(core[0] - 'a' + 'A');
                strcpy(acc, core);
                if (below(&r, 100) < 10) {
                    unsigned start = below(&r, (uint32_t)cl);
                    int accented = 0;
                    for (size_t t = 0; t < cl && !accented; t++) {
                        size_t pos = (start + t) % cl;
                        char ch = pos ? core[pos] : (char)(core[0] - 'A' + 'a');
                        unsigned a0 = below(&r, NACC);
                        for (size_t a = 0; a < NACC; a++) {
                            size_t aa = (a0 + a) % NACC;
                            if (ACCENTS[aa].from != ch) continue;
                            const char *rep = pos ? ACCENTS[aa].lower : ACCENTS[aa].upper;
                            size_t lr = strlen(rep);
                            memcpy(acc, core, pos);
                            memcpy(acc + pos, rep, lr);
                            strcpy(acc + pos + lr, core + pos + 1);
                            accented = 1;
                            break;
                        }
                    }
                }

                /* optional prefix / suffix / region */
                unsigned d = below(&r, 1000);
                name[0] = '\0';
                if (d < 60)
                    strcpy(name, PREFIXES[below(&r, sizeof PREFIXES / sizeof PREFIXES[0])]);
                strcat(name, acc);
                if (d >= 100 && d < 130)
                    strcat(name, SUFFIXES[below(&r, sizeof SUFFIXES / sizeof SUFFIXES[0])]);
                else if (d >= 130 && d < 142)
                    strcat(name, REGIONS[below(&r, sizeof REGIONS / sizeof REGIONS[0])]);
            }

            /* uniqueness of (name, country) */
            uint64_t h = hash_str(name, code);
            size_t slot = (size_t)h & (hsize - 1);
            int dup = 0;
            while (ht[slot] != UINT32_MAX) {
                uint32_t o = ht[slot];
                if (strcmp(p->arena + p->off[o], name) == 0 && strcmp(COUNTRIES[p->cc[o]].code, code) == 0) {
                    dup = 1;
                    break;
                }
                slot = (slot + 1) & (hsize - 1);
            }
            if (dup) {
                if (i < NREAL && m > 1000) {     /* cannot happen: REAL is unique */
                    fputs("gen: duplicate real name\n", stderr);
                    exit(2);
                }
                continue;
            }
            size_t ln = strlen(name) + 1;
            if (p->used + ln > p->cap) {
                p->cap = p->cap * 2 + ln;
                char *na = realloc(p->arena, p->cap);
                if (!na) { fputs("gen: out of memory\n", stderr); exit(2); }
                p->arena = na;
            }
            memcpy(p->arena + p->used, name, ln);
            p->off[i] = (uint32_t)p->used;
            p->cc[i] = (uint8_t)ci;
            p->used += ln;
            ht[slot] = i;
            break;
        }
    }
    free(ht);
}

/* ---------- links ---------- */

static void link_row(const char *city, const char *cc, const char *partner,
                     const char *pc, unsigned year, const char *status,
                     const char *kind, const char *source, const char *note)
{
    ofield(city); ochar(',');
    ostr(cc); ochar(',');
    ofield(partner); ochar(',');
    ostr(pc); ochar(',');
    if (year) ouint(year);
    ochar(',');
    ostr(status); ochar(',');
    ostr(kind); ochar(',');
    ofield(source); ochar(',');
    ofield(note); ochar('\n');
}

static unsigned draw_year(rng *r)
{
    unsigned u = below(r, 1000);
    if (u < 150) return 0;                        /* unknown */
    if (u < 300) return 1960 + below(r, 10);      /* the 1960s boom */
    if (u < 420) return 1947 + below(r, 13);
    return 1970 + below(r, 55);
}

static const char *draw_status(rng *r)
{
    unsigned u = below(r, 1000);
    return u < 900 ? "active" : u < 940 ? "suspended" : "ended";
}

static const char *draw_kind(rng *r)
{
    unsigned u = below(r, 100);
    return KINDS[u < 55 ? 0 : u < 80 ? 1 : u < 92 ? 2 : 3];
}

static void draw_source(rng *r, char *buf, size_t n)
{
    unsigned u = below(r, 100);
    if (u < 30) buf[0] = '\0';
    else if (u < 60) snprintf(buf, n, "https://example.org/twinning/%u", below(r, 1000000));
    else if (u < 75) snprintf(buf, n, "council minutes %u/%u", 1 + below(r, 300), 1950 + below(r, 75));
    else if (u < 90) snprintf(buf, n, "municipal website");
    else snprintf(buf, n, "archive, box %u", 1 + below(r, 900));
}

static const char *draw_note(rng *r)
{
    return below(r, 100) < 20 ? NOTES[below(r, NNOTES)] : "";
}

static uint64_t emitted;

static void emit(uint32_t a, uint32_t b, const pool *p, rng *r)
{
    char src[96];
    unsigned year = draw_year(r);
    const char *status = draw_status(r);
    const char *kind = draw_kind(r);
    draw_source(r, src, sizeof src);
    const char *note = draw_note(r);
    link_row(p->arena + p->off[a], COUNTRIES[p->cc[a]].code, p->arena + p->off[b], COUNTRIES[p->cc[b]].code,
             year, status, kind, src, note);
    emitted++;
}

/* partner offsets of one city: distinct values in [1, half] */
static uint32_t *offs;
static size_t offs_cap;

static void pick_offsets(rng *r, uint32_t d, uint32_t half)
{
    if (d > offs_cap) {
        offs_cap = d * 2;
        free(offs);
        offs = xmalloc(offs_cap * sizeof *offs);
    }
    for (uint32_t t = 0; t < d; t++) {
        uint32_t o;
        int again;
        do {
            o = 1 + below(r, half);
            again = 0;
            for (uint32_t s = 0; s < t; s++)
                if (offs[s] == o) { again = 1; break; }
        } while (again);
        offs[t] = o;
    }
}

static void emit_targets(const pool *p, uint64_t seed)
{
    static const struct {
        const char *name, *code;
        unsigned links, sixties, suspended;
    } T[] = {
        {"Benchville", "FI", 25, 3, 2},
        {"Grand Bénchy", "FR", 12, 1, 1},
        {"Benchport, Upper", "US", 5, 0, 0},
    };
    rng r = rng_for(seed, 3, 0);
    for (size_t t = 0; t < sizeof T / sizeof T[0]; t++) {
        pick_offsets(&r, T[t].links, p->n - 1);
        for (unsigned k = 0; k < T[t].links; k++) {
            uint32_t b = offs[k] - 1;             /* distinct pool cities */
            char src[96];
            unsigned year;
            if (k < T[t].sixties) year = 1960 + below(&r, 10);
            else do { year = draw_year(&r); } while (year >= 1960 && year <= 1969);
            const char *status = k >= T[t].links - T[t].suspended ? "suspended" : "active";
            draw_source(&r, src, sizeof src);
            link_row(T[t].name, T[t].code, p->arena + p->off[b], COUNTRIES[p->cc[b]].code, year,
                     status, draw_kind(&r), src, draw_note(&r));
            emitted++;
        }
    }
}

static int parse_count(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-') return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t n, seed;
    if (argc != 3 || parse_count(argv[1], &n) || parse_count(argv[2], &seed)) {
        fputs("usage: gen N SEED > links.csv\n", stderr);
        return 2;
    }
    if (n > 500000000ULL) {
        fputs("gen: N too large (max 500000000)\n", stderr);
        return 2;
    }

    /* pool of cities: odd size, one city per link; about a third of them
       get links of their own, the others appear only as partners (real
       registries have about 0.65 distinct names per link) */
    uint32_t m = (uint32_t)n;
    if (m < 101) m = 101;
    m |= 1;
    uint32_t half = (m - 1) / 2;      /* offsets 1..half: never self, never reversed */

    pool p;
    make_pool(&p, m, seed);

    ostr("city,country,partner,partner_country,year,status,kind,source,note\n");

    const uint64_t ntarget = n >= 100 ? 25 + 12 + 5 : 0;
    const uint64_t mid = n / 2;
    int targets_done = ntarget == 0;
    uint64_t pooled = n - ntarget;    /* links between pool cities */
    uint64_t done = 0;

    for (uint32_t a = 0; done < pooled; a++) {
        if (a >= m) {                 /* cannot happen: see the degree floor */
            fputs("gen: pool exhausted\n", stderr);
            return 2;
        }
        rng r = rng_for(seed, 2, a);
        /* degree: mostly small, a few big hubs (like real registries) */
        uint32_t d;
        unsigned u = below(&r, 1000);
        if (u < 15) d = 20 + below(&r, 41);
        else {
            d = 1;
            while (d < 19 && below(&r, 100) < 62) d++;
        }
        uint64_t left = pooled - done;
        uint64_t floor_d = (left + (m - a) - 1) / (m - a);
        if (d < floor_d) d = (uint32_t)floor_d;
        if (d > half) d = half;
        if (d > left) d = (uint32_t)left;

        pick_offsets(&r, d, half);
        for (uint32_t t = 0; t < d; t++) {
            if (!targets_done && emitted >= mid) {
                emit_targets(&p, seed);
                targets_done = 1;
            }
            emit(a, (uint32_t)((a + offs[t]) % m), &p, &r);
            done++;
        }
    }
    if (!targets_done) emit_targets(&p, seed);
    oflush();
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("gen: write");
        return 2;
    }
    return 0;
}
