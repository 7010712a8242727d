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
#include <stdlib.h>
#include <string.h>

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
		for (h = registry_first_with_key(r, city_key(&r->cities[c]),
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

/* Steps 2 and the per-city index. */
static void
group_statements(struct registry *r)
{
	size_t nc = r->ncities, ns = r->nstmts, i, k, end, w, total;
	uint32_t *start, *fill, *slot, *first_of, *stamp, *lid, *pos, *dest;
	const struct row_ends *e;
	city_id c, o;
	link_id nl = 0;

	/*
	 * Each city's rows, in file order: a row to itself is listed once.
	 * The arrays here are read and written at random, one place per
	 * row: on huge pages, as hash tables are (xalloc.h).
	 */
	start = xtable_calloc(nc + 1, sizeof(*start));
	for (i = 0; i < ns; i++) {
		start[r->ends[i].city + 1]++;
		if (r->ends[i].partner != r->ends[i].city)
			start[r->ends[i].partner + 1]++;
	}
	for (c = 0; c < nc; c++)
		start[c + 1] += start[c];
	slot = xtable_alloc(start[nc] ? start[nc] : 1, sizeof(*slot));
	fill = xtable_alloc(nc + 1, sizeof(*fill));
	memcpy(fill, start, (nc + 1) * sizeof(*fill));
	for (i = 0; i < ns; i++) {
		slot[fill[r->ends[i].city]++] = (uint32_t)i;
		if (r->ends[i].partner != r->ends[i].city)
			slot[fill[r->ends[i].partner]++] = (uint32_t)i;
	}

	/*
	 * first_of[s]: the first row of s's pair.  Walking c's rows, the
	 * first that names o is the pair's first row from either side; it
	 * stays in c's slice, the others are squeezed out, so the slices end
	 * up holding each city's distinct links (as first rows).
	 */
	first_of = xtable_alloc(ns ? ns : 1, sizeof(*first_of));
	stamp = xtable_calloc(nc + 1, sizeof(*stamp));
	pos = fill;	/* reused: pos[o] is the first row of (c, o) */
	w = 0;
	total = start[nc];
	for (c = 0; c < nc; c++) {
		end = start[c + 1];
		k = start[c];
		start[c] = (uint32_t)w;
		for (; k < end; k++) {
			/*
			 * A large registry's rows and stamps are read at
			 * random: fetch a row some steps ahead, and the stamps
			 * of its two cities fewer steps ahead, once the row is
			 * in.  slot[] is only rewritten behind k.
			 */
			if (k + WALK_AHEAD < total)
				prefetch(&r->ends[slot[k + WALK_AHEAD]]);
			if (k + WALK_AHEAD / 2 < total) {
				e = &r->ends[slot[k + WALK_AHEAD / 2]];
				prefetch(&stamp[e->city]);
				prefetch(&stamp[e->partner]);
				prefetch(&pos[e->city]);
				prefetch(&pos[e->partner]);
				prefetch(&first_of[slot[k + WALK_AHEAD / 2]]);
			}
			i = slot[k];
			e = &r->ends[i];
			o = e->city == c ? e->partner : e->city;
			if (stamp[o] != c + 1) {
				stamp[o] = c + 1;
				pos[o] = (uint32_t)i;
				slot[w++] = (uint32_t)i;
			}
			first_of[i] = pos[o];
		}
	}
	start[nc] = (uint32_t)w;
	free(stamp);
	free(fill);	/* as pos: each array goes as soon as it is done with */

	/* Number the links in the order of their first rows. */
	lid = first_of;		/* converted in place: first_of[s] <= s */
	for (i = 0; i < ns; i++)
		lid[i] = first_of[i] == i ? nl++ : lid[first_of[i]];

	/* The per-city index, from the first rows the walk kept. */
	for (k = 0; k < w; k++)
		slot[k] = lid[slot[k]];
	r->adj_start = start;
	r->adj = slot;

	if (nl == ns && ns > 0) {
		/*
		 * No pair stated twice, as in most registries: no regrouping,
		 * and link i is row i.  The links take the rows' ends' room,
		 * grown in place, each written from the last down over ends
		 * already read, so that the two arrays never stand side by
		 * side: at a million rows that is 8 MB less at the peak.
		 */
		free(first_of);
		first_of = NULL;
		r->links = xreallocarray(r->ends, ns, sizeof(*r->links));
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
	r->links = xtable_calloc(nl ? nl : 1, sizeof(*r->links));
	r->nlinks = r->links_cap = nl;

	/*
	 * The statements grouped by link, each group in file order: dest[i]
	 * is where statement i goes, and the array is permuted in place,
	 * cycle by cycle, rather than copied.  Each link's stmt counts its
	 * rows, then becomes where they start, then where the next link's
	 * start as they are placed; a shift puts each back at its own start.
	 */
	for (i = 0; i < ns; i++)
		r->links[lid[i]].stmt++;
	for (k = 0, i = 0; i < nl; i++) {
		uint32_t n = r->links[i].stmt;

		r->links[i].stmt = (uint32_t)k;
		k += n;
	}
	dest = lid;		/* converted in place once more */
	for (i = 0, k = 0; i < ns; i++) {
		struct link *l = &r->links[lid[i]];

		/* Links are numbered in the order of their first rows. */
		if (lid[i] == k) {
			l->city = r->ends[i].city;
			l->partner = r->ends[i].partner;
			k++;
		}
		r->stmts[i].reversed = r->ends[i].city != l->city;
		dest[i] = l->stmt++;
	}
	for (i = nl; i-- > 1;)
		r->links[i].stmt = r->links[i - 1].stmt;
	if (nl > 0)
		r->links[0].stmt = 0;
	for (i = 0; i < ns; i++) {
		while (dest[i] != i) {
			struct statement t = r->stmts[dest[i]];
			uint32_t d = dest[dest[i]];

			r->stmts[dest[i]] = r->stmts[i];
			dest[dest[i]] = dest[i];
			r->stmts[i] = t;
			dest[i] = d;
		}
	}
	for (i = 0; i < nl; i++)
		summarize_link(&r->links[i], r->stmts + r->links[i].stmt,
		    link_nstmts(r, &r->links[i]));

done:
	free(first_of);
	free(r->ends);
	r->ends = NULL;
	r->ends_cap = 0;
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
registry_build_index(struct registry *r)
{
	/* Only loading looks names up by spelling: give its memory back
	 * before the index takes its own. */
	spellings_free(&r->spelled);
	settle_regions(r);
	group_statements(r);
	resolve_aliases(r);
	r->indexed = true;
}
