/*
 * index.c: what registry_build_index() does once every file is loaded.
 *
 * 1. A city written without a region is the one city of its name and
 *    country that has a region, if there is exactly one; with several, it
 *    stays a city of its own, which twin check reports.  This waits for
 *    the end of loading because the rows with regions may come later.
 * 2. Rows that state the same pair of cities become one link.  Each
 *    city's rows are laid out side by side (a counting sort), and a walk
 *    over them with a per-city stamp finds the first row of every pair:
 *    linear in the number of rows, with no hashing and no pairwise
 *    comparison.  The same walk leaves each city's distinct links, which
 *    become the per-city index.  Links are numbered in the order of their
 *    first rows, so a registry that states each pair once keeps its order.
 * 3. Aliases are resolved to cities.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cores.h"
#include "fold.h"
#include "prefetch.h"
#include "registry.h"
#include "xalloc.h"

/* Drop the cities merged into others and renumber the rest. */
static void
renumber_cities(struct registry *r, const city_id *merged_into)
{
	city_id *remap = xreallocarray(NULL, r->ncities, sizeof(*remap));
	size_t i, n = 0;

	for (i = 0; i < r->ncities; i++)
		if (merged_into[i] == CITY_NONE)
			remap[i] = (city_id)n++;
	for (i = 0; i < r->ncities; i++)
		if (merged_into[i] != CITY_NONE)
			remap[i] = remap[merged_into[i]];
	for (i = 0; i < r->ncities; i++)
		if (merged_into[i] == CITY_NONE)
			r->cities[remap[i]] = r->cities[i];
	for (i = 0; i < r->nstmts; i++) {
		r->ends[i].city = remap[r->ends[i].city];
		r->ends[i].partner = remap[r->ends[i].partner];
	}
	for (i = 0; i < r->nvariants; i++)
		r->variants[i].city = remap[r->variants[i].city];
	for (i = 0; i < r->nunsettled; i++)
		r->unsettled[i] = remap[r->unsettled[i]];
	r->ncities = n;
	registry_rehash_cities(r);
	free(remap);
}

/*
 * Step 1.  Only registries with regions pay for it: the others have no
 * city with a region, so there is nothing to settle.
 */
static void
settle_regions(struct registry *r)
{
	city_id *merged_into, *count, c, h;
	size_t merged = 0;

	/* No region read: no city has one (at a million cities, a look at
	 * each takes 2 ms). */
	if (r->nregions == 0)
		return;
	for (c = 0; c < r->ncities; c++)
		if (r->cities[c].region != REGION_NONE)
			break;
	if (c == r->ncities)
		return;
	r->has_regions = true;
	/*
	 * From each city with a region, count it for the cities of its name
	 * and country without one: far fewer name lookups than the other way
	 * round, since most cities have no homonym with a region.
	 */
	merged_into = xreallocarray(NULL, r->ncities, sizeof(*merged_into));
	count = xcalloc(r->ncities, sizeof(*count));
	for (c = 0; c < r->ncities; c++)
		merged_into[c] = CITY_NONE;
	for (c = 0; c < r->ncities; c++) {
		if (r->cities[c].region == REGION_NONE)
			continue;
		for (h = registry_first_with_key(r, city_key(r, &r->cities[c]),
		    r->cities[c].key_len); h != CITY_NONE;
		    h = r->cities[h].next_homonym)
			if (r->cities[h].region == REGION_NONE &&
			    r->cities[h].country == r->cities[c].country) {
				count[h]++;
				merged_into[h] = c;
			}
	}
	for (c = 0; c < r->ncities; c++) {
		if (count[c] == 1)
			merged++;
		else if (count[c] > 1) {
			merged_into[c] = CITY_NONE;
			r->unsettled = xreallocarray(r->unsettled,
			    r->nunsettled + 1, sizeof(*r->unsettled));
			r->unsettled[r->nunsettled++] = c;
		}
	}
	if (merged > 0)
		renumber_cities(r, merged_into);
	free(count);
	free(merged_into);
}

/* When a statement says the link stood as it says: its end, else its start. */
static unsigned
statement_date(const struct statement *st)
{
	return st->ended != 0 ? st->ended : st->year;
}

/* The link's year, status and kind from its n statements (registry.h). */
static void
summarize_link(struct link *l, const struct statement *st, size_t n)
{
	const struct statement *latest = &st[0];
	size_t i;

	l->year = 0;
	for (i = 0; i < n; i++) {
		if (st[i].year != 0 && (l->year == 0 || st[i].year < l->year))
			l->year = st[i].year;
		if (statement_date(&st[i]) > statement_date(latest))
			latest = &st[i];
	}
	l->status = latest->status;
	l->ended = latest->ended;
	l->kind = st[0].kind;
}

/* How many rows ahead the walk of group_statements() fetches. */
#define WALK_AHEAD 16

/*
 * A registry of this many rows lays out and walks the rows of its cities
 * on two threads, each for the cities of one half of the rows: at a
 * million rows that is 40 ms less of a 110 ms index.  Fewer rows take
 * less time than starting a thread, which on a virtual machine of two
 * cores first runs a few hundred microseconds after it is started:
 * Wikipedia's lists (26,000 rows) load 3% faster on one thread, 60,000
 * synthetic rows 2%, where 120,000 rows load 1.7% faster on two (paired
 * runs).
 */
size_t index_threads_min_rows = 65536;

/*
 * The rows of the cities [from, to): one thread's share of steps 2 and 3
 * of group_statements().  Two halves share no element they write: each
 * writes the slices of its own cities in slot, fill and start, and
 * first_of of the rows whose first city is its own.
 */
struct city_rows {
	const struct registry	*r;
	uint32_t		*start, *fill, *slot, *first_of;
	uint32_t		*pos;	/* this half's own: see walk_rows() */
	city_id			 from, to;
	size_t			 end;	/* where its squeezed slices end */
};

/* Each city's rows, in file order: a row to itself is listed once. */
static void
lay_out_rows(struct city_rows *h)
{
	const struct row_ends *ends = h->r->ends;
	size_t i, ns = h->r->nstmts;
	city_id c, p;

	memcpy(h->fill + h->from, h->start + h->from,
	    (h->to - h->from) * sizeof(*h->fill));
	for (i = 0; i < ns; i++) {
		if (i + WALK_AHEAD < ns) {
			prefetch(&h->fill[ends[i + WALK_AHEAD].city]);
			prefetch(&h->fill[ends[i + WALK_AHEAD].partner]);
		}
		c = ends[i].city;
		p = ends[i].partner;
		if (c >= h->from && c < h->to)
			h->slot[h->fill[c]++] = (uint32_t)i;
		if (p != c && p >= h->from && p < h->to)
			h->slot[h->fill[p]++] = (uint32_t)i;
	}
}

/*
 * first_of[s]: the first row of s's pair.  Walking c's rows, the first
 * that names o is the pair's first row from either side; it stays in c's
 * slice, the others are squeezed out, so the slices end up holding each
 * city's distinct links (as first rows).  pos[o] is 1 + where in slot the
 * first row of (c, o) was kept: as slices are squeezed in order, a value
 * from an earlier city is at most where c's squeezed slice begins, so no
 * array of stamps is needed to tell it from one of c's.
 */
static void
walk_rows(struct city_rows *h)
{
	const struct row_ends *ends = h->r->ends, *e;
	uint32_t *start = h->start, *slot = h->slot, *pos = h->pos;
	size_t i, k, end, w = start[h->from], begin, total, first;
	city_id c, o;

	total = start[h->to];
	for (c = h->from; c < h->to; c++) {
		end = start[c + 1];
		k = start[c];
		begin = w;
		/* The first city's slice begins where it did: not written,
		 * as the other half reads it as its end. */
		if (c > h->from)
			start[c] = (uint32_t)w;
		for (; k < end; k++) {
			/*
			 * A large registry's rows are read at random: fetch a
			 * row some steps ahead, and the places of its two
			 * cities fewer steps ahead, once the row is in.
			 * slot[] is only rewritten behind k.
			 */
			if (k + WALK_AHEAD < total)
				prefetch(&ends[slot[k + WALK_AHEAD]]);
			if (k + WALK_AHEAD / 2 < total) {
				e = &ends[slot[k + WALK_AHEAD / 2]];
				prefetch(&pos[e->city]);
				prefetch(&pos[e->partner]);
				prefetch(&h->first_of[slot[k + WALK_AHEAD / 2]]);
			}
			i = slot[k];
			e = &ends[i];
			o = e->city == c ? e->partner : e->city;
			if (pos[o] <= begin) {
				first = i;
				pos[o] = (uint32_t)(w + 1);
				slot[w++] = (uint32_t)i;
			} else
				first = slot[pos[o] - 1];
			/* Once a row, from its first city's side. */
			if (e->city == c)
				h->first_of[i] = (uint32_t)first;
		}
	}
	h->end = w;
}

static void *
city_rows_thread(void *arg)
{
	lay_out_rows(arg);
	walk_rows(arg);
	return NULL;
}

/*
 * Memory given up before the index is built, to be used again for the
 * links (their pages are faulted in already) if they fit; else freed.
 */
struct spare {
	void	*block;		/* or NULL */
	size_t	 bytes;
	bool	 owned;		/* from malloc(), else the registry's block */
};

/* Zeroed room for n links: from the spare block if they fit. */
static struct link *
links_calloc(struct spare *spare, size_t n)
{
	struct link *links;

	if (spare->block == NULL || n > spare->bytes / sizeof(*links))
		return xtable_calloc(n, sizeof(*links));
	links = memset(spare->block, 0, n * sizeof(*links));
	spare->block = NULL;
	return links;
}

/*
 * Where group_statements() takes its arrays from: the registry's scratch
 * page when all of them fit there, or NULL: each of its own.  On
 * Wikipedia's lists they are 610 KB, which took some 100 faults of small
 * pages.  The per-city index (adj_start, adj) then stays on the page,
 * which the registry keeps.  Only a page that loading mapped is used: a
 * registry too small for that has arrays of fewer pages than a huge page
 * costs.
 */
static struct scratch *
arrays_page(struct registry *r)
{
	size_t nc = r->ncities, ns = r->nstmts, words;

	/* start, slot (at most two a row), fill, first_of and two halves'
	 * pos, each rounded up to a cache line (scratch.c). */
	words = (nc + 1) + 2 * ns + (nc + 1) + ns + 2 * nc + 6 * 16;
	if (r->scratch.page != NULL &&
	    words <= SCRATCH_BYTES / sizeof(uint32_t))
		return &r->scratch;
	/* Given back first, so as not to add to the peak. */
	scratch_free(&r->scratch);
	return NULL;
}

/* Room for n elements of size, zeroed if asked (on the page always: it
 * costs little there). */
static void *
array_alloc(struct scratch *page, size_t n, size_t size, bool zeroed)
{
	void *p = page != NULL ? scratch_calloc(page, n, size) : NULL;

	if (p != NULL)
		return p;
	return zeroed ? xtable_calloc(n, size) : xtable_alloc(n, size);
}

/*
 * Steps 2 and the per-city index.  With two halves, the second's squeezed
 * slices are moved down to follow the first's.
 */
static void
group_statements(struct registry *r, struct spare *spare)
{
	size_t nc = r->ncities, ns = r->nstmts, i, k, shift;
	uint32_t *start, *fill, *slot, *first_of, *lid, *dest;
	struct stated_again {
		struct statement	stmt;
		uint32_t		dest;
	} *again;
	struct city_rows half[2];
	city_id c, lo, hi;
	link_id nl = 0;
	pthread_t thread;
	bool threaded = false;
	int nhalves;
	struct scratch *page;

	/*
	 * The arrays here are read and written at random, one place per
	 * row: on huge pages, as hash tables are (xalloc.h).
	 */
	page = arrays_page(r);
	start = array_alloc(page, nc + 1, sizeof(*start), true);
	for (i = 0; i < ns; i++) {
		/* Counted at random: with millions of cities, each a miss. */
		if (i + WALK_AHEAD < ns) {
			prefetch(&start[r->ends[i + WALK_AHEAD].city + 1]);
			prefetch(&start[r->ends[i + WALK_AHEAD].partner + 1]);
		}
		start[r->ends[i].city + 1]++;
		if (r->ends[i].partner != r->ends[i].city)
			start[r->ends[i].partner + 1]++;
	}
	for (c = 0; c < nc; c++)
		start[c + 1] += start[c];
	slot = array_alloc(page, start[nc] ? start[nc] : 1, sizeof(*slot),
	    false);
	fill = array_alloc(page, nc + 1, sizeof(*fill), false);
	first_of = array_alloc(page, ns ? ns : 1, sizeof(*first_of), false);

	/* Halves of about as many rows each: the first city past half. */
	nhalves = ns >= index_threads_min_rows && nc >= 2 ? 2 : 1;
	threaded = nhalves == 2 && second_core();
	half[0] = (struct city_rows){ .r = r, .start = start, .fill = fill,
	    .slot = slot, .first_of = first_of, .from = 0, .to = (city_id)nc };
	if (nhalves == 2) {
		for (lo = 1, hi = (city_id)nc - 1; lo < hi;) {
			c = lo + (hi - lo) / 2;
			if (start[c] < start[nc] / 2)
				lo = c + 1;
			else
				hi = c;
		}
		half[1] = half[0];
		half[0].to = half[1].from = lo;
	}
	for (k = 0; k < (size_t)nhalves; k++)
		half[k].pos = array_alloc(page, nc, sizeof(*half[k].pos), true);
	if (threaded)
		threaded = start_thread(&thread, city_rows_thread, &half[1]);
	city_rows_thread(&half[0]);
	if (threaded)
		join_thread(thread);
	else if (nhalves == 2)
		city_rows_thread(&half[1]);
	start[nc] = (uint32_t)half[nhalves - 1].end;
	if (nhalves == 2) {
		c = half[1].from;
		shift = start[c] - half[0].end;
		memmove(slot + half[0].end, slot + start[c],
		    (half[1].end - start[c]) * sizeof(*slot));
		for (; c <= nc; c++)
			start[c] -= (uint32_t)shift;
	}
	for (k = 0; k < (size_t)nhalves; k++)
		scratch_release(&r->scratch, half[k].pos);
	scratch_release(&r->scratch, fill);	/* each goes once done with */

	/* Number the links in the order of their first rows. */
	lid = first_of;		/* converted in place: first_of[s] <= s */
	for (i = 0; i < ns; i++)
		lid[i] = first_of[i] == i ? nl++ : lid[first_of[i]];

	/*
	 * The per-city index, from the first rows the walk kept.  With no
	 * pair stated twice, link i is row i and the slots are links as they
	 * are: at ten million rows that is 20 million lookups at random not
	 * made.
	 */
	for (k = 0; nl != ns && k < start[nc]; k++) {
		if (k + WALK_AHEAD < start[nc])
			prefetch(&lid[slot[k + WALK_AHEAD]]);
		slot[k] = lid[slot[k]];
	}
	r->adj_start = start;
	r->adj = slot;

	if (nl == ns && ns > 0) {
		/*
		 * No pair stated twice, as in most registries: no regrouping,
		 * and link i is row i.  The links take the rows' ends' block,
		 * made with room for them (ends_realloc() in registry.c),
		 * each written from the last down over ends already read, so
		 * that the two arrays never stand side by side: at a million
		 * rows that is 8 MB less at the peak, and no copy.
		 */
		scratch_release(&r->scratch, first_of);
		first_of = NULL;
		r->links = (struct link *)(void *)r->ends;
		r->ends = NULL;		/* now the links: not freed at done */
		r->nlinks = r->links_cap = nl;
		for (i = ns; i-- > 0;) {
			const struct row_ends ends = ((struct row_ends *)r->links)[i];
			const struct statement *st = &r->stmts[i];

			r->links[i] = (struct link){
				.city = ends.city, .partner = ends.partner,
				.stmt = (uint32_t)i,
				.year = st->year, .ended = st->ended,
				.status = st->status, .kind = st->kind
			};
		}
		goto done;
	}
	r->links = links_calloc(spare, nl ? nl : 1);
	r->nlinks = r->links_cap = nl;

	/*
	 * The statements grouped by link, each group in file order: a link's
	 * first row goes to where its group starts, the rows that state it
	 * again after it.  Each link's stmt counts its rows, then becomes
	 * where they start, then where the next link's start as they are
	 * placed; a shift puts each back at its own start.
	 */
	for (i = 0; i < ns; i++)
		r->links[lid[i]].stmt++;
	for (k = 0, i = 0; i < nl; i++) {
		uint32_t n = r->links[i].stmt;

		r->links[i].stmt = (uint32_t)k;
		k += n;
	}
	dest = lid;		/* converted in place once more */
	again = xreallocarray(NULL, ns - nl, sizeof(*again));
	for (i = 0, k = 0; i < ns; i++) {
		struct link *l = &r->links[lid[i]];

		/* Links are numbered in the order of their first rows. */
		if (lid[i] == k) {
			l->city = r->ends[i].city;
			l->partner = r->ends[i].partner;
			k++;
			r->stmts[i].reversed = false;
			dest[i] = l->stmt++;
		} else {
			r->stmts[i].reversed = r->ends[i].city != l->city;
			again[i - k].stmt = r->stmts[i];
			again[i - k].dest = l->stmt++;
			dest[i] = UINT32_MAX;
		}
	}
	/*
	 * A first row goes no nearer the start: before its group come the
	 * rows of the links first stated before it, which are all the rows
	 * before it and maybe more.  Moved from the last down, each goes
	 * where no row yet to be moved is; the rows stated again, kept
	 * apart, fill the places left.  At 5% of the world registry's rows,
	 * this is a pass of copies where following the permutation's cycles
	 * jumped at random.
	 */
	for (i = ns; i-- > 0;)
		if (dest[i] != UINT32_MAX)
			r->stmts[dest[i]] = r->stmts[i];
	for (i = 0; i < ns - nl; i++)
		r->stmts[again[i].dest] = again[i].stmt;
	free(again);
	for (i = nl; i-- > 1;)
		r->links[i].stmt = r->links[i - 1].stmt;
	if (nl > 0)
		r->links[0].stmt = 0;
	for (i = 0; i < nl; i++)
		summarize_link(&r->links[i], r->stmts + r->links[i].stmt,
		    link_nstmts(r, &r->links[i]));

done:
	scratch_release(&r->scratch, first_of);
	registry_release(r, r->ends);
	r->ends = NULL;
}

static void
resolve_aliases(struct registry *r)
{
	struct fold_buf fb = { NULL, 0, 0 };
	struct alias *a;
	size_t i;

	for (i = 0; i < r->naliases; i++) {
		a = &r->aliases[i];
		if (fold_into(&fb, a->city_name, strlen(a->city_name)))
			a->city = registry_find(r, fb.key, fb.len, a->country,
			    a->region);
	}
	fold_buf_free(&fb);
}

void
registry_settle(struct registry *r)
{
	if (r->settled)
		return;
	settle_regions(r);
	resolve_aliases(r);
	r->settled = true;
}

/* Exchange the rows of the registry and those set aside (all_stmts). */
static void
swap_rows(struct registry *r)
{
	struct statement *stmts = r->stmts;
	struct row_ends *ends = r->ends;
	size_t n = r->nstmts, cap = r->stmts_cap;

	r->stmts = r->all_stmts;
	r->ends = r->all_ends;
	r->nstmts = r->all_nstmts;
	r->stmts_cap = r->all_stmts_cap;
	r->all_stmts = stmts;
	r->all_ends = ends;
	r->all_nstmts = n;
	r->all_stmts_cap = cap;
}

/*
 * Put back the rows that registry_index_cities() set aside, and drop the
 * index it made of the others.
 */
static void
drop_city_index(struct registry *r)
{
	if (r->all_stmts == NULL)
		return;
	registry_release(r, r->links);	/* ends are NULL once links */
	scratch_release(&r->scratch, r->adj);
	scratch_release(&r->scratch, r->adj_start);
	/* The page held nothing but those two. */
	scratch_clear(&r->scratch);
	r->links = NULL;
	r->nlinks = r->links_cap = 0;
	r->adj_start = r->adj = NULL;
	swap_rows(r);
	registry_release(r, r->all_stmts);
	r->all_stmts = NULL;
	r->all_ends = NULL;
	r->all_nstmts = r->all_stmts_cap = 0;
}

void
registry_build_index(struct registry *r)
{
	struct spare spare = { NULL, 0, false };

	registry_settle(r);
	drop_city_index(r);
	/*
	 * Only loading looks names up by spelling.  The table's memory goes
	 * to the links of a registry that states some twice, if they fit:
	 * on the world registry 47 pages fewer faulted in (of 479).  A
	 * table of huge pages is given back before the index takes its own
	 * memory, so as not to add to the peak.
	 */
	if (xtable_lazy(r->spelled.cap, sizeof(*r->spelled.slots))) {
		spare.block = r->spelled.slots;
		spare.bytes = r->spelled.cap * sizeof(*r->spelled.slots);
		spare.owned = !r->spelled.lent;
		spellings_init(&r->spelled);
	} else
		spellings_free(&r->spelled);
	group_statements(r, &spare);
	if (spare.owned)
		free(spare.block);
	if (!scratch_holds(&r->scratch, r->adj))
		scratch_free(&r->scratch);
	r->indexed = true;
}

/* Does the row of these ends name a city marked in chosen? */
static bool
names_chosen(const struct row_ends *e, const unsigned char *chosen)
{
	return (chosen[e->city / 8] >> (e->city % 8) & 1) ||
	    (chosen[e->partner / 8] >> (e->partner % 8) & 1);
}

void
registry_index_cities(struct registry *r, const city_id *cities, size_t n)
{
	unsigned char *chosen;
	struct statement *stmts;
	struct row_ends *ends;
	size_t i, k = 0;

	registry_settle(r);
	drop_city_index(r);
	spellings_free(&r->spelled);
	chosen = xcalloc(r->ncities / 8 + 1, 1);
	for (i = 0; i < n; i++)
		if (cities[i] < r->ncities)
			chosen[cities[i] / 8] |= (unsigned char)(1u <<
			    cities[i] % 8);
	for (i = 0; i < r->nstmts; i++)
		k += names_chosen(&r->ends[i], chosen);
	/* With room for as many links, as group_statements() wants. */
	stmts = xreallocarray(NULL, k ? k : 1, sizeof(*stmts));
	ends = xreallocarray(NULL, k ? k : 1, sizeof(struct link));
	for (i = 0, k = 0; i < r->nstmts; i++)
		if (names_chosen(&r->ends[i], chosen)) {
			stmts[k] = r->stmts[i];
			ends[k++] = r->ends[i];
		}
	free(chosen);
	swap_rows(r);
	r->stmts = stmts;
	r->ends = ends;
	r->nstmts = r->stmts_cap = k;
	group_statements(r, &(struct spare){ NULL, 0, false });
}
