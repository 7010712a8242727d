/*
 * map.c: the links on a world map, in SVG.
 *
 * Everything is projected onto the unit sphere's plane (geo.h), then
 * scaled so that the view is WIDTH px wide, and written in px rounded to
 * tenths: paths as one absolute move and relative lines, so that the
 * whole world registry stays a few megabytes.  Styles live in one <style>
 * element; a link carries only its classes (its status, and its two
 * cities' ids, which the script uses to pick a city's links).
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cityname.h"
#include "map.h"
#include "place.h"
#include "query.h"
#include "world_table.h"
#include "xalloc.h"
#include "xml.h"

/* The width of the picture, in px; its height follows the view. */
#define WIDTH		1000.0

/* Points an arc may have: geo_arc puts one about every 2 degrees. */
#define ARC_MAX		100

/* The smallest view, on the unit sphere's scale (0.35 is 20 degrees). */
#define MIN_VIEW_W	0.45
#define MIN_VIEW_H	0.30

/* Margin around what is drawn, as a share of the view. */
#define MARGIN		0.08

/* The view is kept between these widths per height. */
#define MIN_ASPECT	1.25
#define MAX_ASPECT	2.1

/* Without a city, a view this share of the world's size shows it all. */
#define WORLD_SHARE	0.5

/* Above this many links, coordinates are rounded to whole px. */
#define MANY_LINKS	2000

/* Above this many cities, dots are smaller. */
#define MANY_CITIES	1000

/* Dots: radius in px of a city with no partner drawn and with the most. */
#define DOT_MIN		1.6
#define DOT_MAX		9.0

/* A path's data, built before it is written. */
struct pathbuf {
	char	*p;
	size_t	 n, cap;
	long	 x, y;		/* the pen, in steps */
	int	 steps;		/* steps per px: 10 or 1 */
	bool	 after_cmd;	/* the last thing written was a command letter */
};

struct view {
	double	 x0, y1, scale;	/* left, top, px per unit */
	int	 steps;		/* what coordinates are rounded to: 1/steps px */
	double	 tolerance;	/* how far a simplified line may stray, in steps */
};

static void
pb_room(struct pathbuf *pb, size_t more)
{
	if (pb->n + more > pb->cap) {
		pb->cap = pb->cap ? 2 * pb->cap : 4096;
		while (pb->n + more > pb->cap)
			pb->cap *= 2;
		pb->p = xreallocarray(pb->p, pb->cap, 1);
	}
}

static void
pb_cmd(struct pathbuf *pb, char c)
{
	pb_room(pb, 1);
	pb->p[pb->n++] = c;
	pb->after_cmd = true;
}

/*
 * A number of steps, as px, the way SVG writes it shortest: 12.3, -.5,
 * 40; into p (room for 24), returning the end.
 */
static char *
put_num(char *p, long t, int steps)
{
	char digits[24];
	size_t nd = 0;
	long i;
	int f;

	if (t < 0) {
		*p++ = '-';
		t = -t;
	}
	i = steps == 10 ? t / 10 : t;
	f = steps == 10 ? (int)(t % 10) : 0;
	if (i != 0 || f == 0) {
		do {
			digits[nd++] = (char)('0' + i % 10);
			i /= 10;
		} while (i != 0);
		while (nd > 0)
			*p++ = digits[--nd];
	}
	if (f != 0) {
		*p++ = '.';
		*p++ = (char)('0' + f);
	}
	return p;
}

static void
pb_num(struct pathbuf *pb, long t)
{
	pb_room(pb, 32);
	if (t >= 0 && !pb->after_cmd)
		pb->p[pb->n++] = ' ';
	pb->after_cmd = false;
	pb->n = (size_t)(put_num(pb->p + pb->n, t, pb->steps) - pb->p);
}

static void
pb_move(struct pathbuf *pb, long x, long y)
{
	pb_cmd(pb, 'M');
	pb_num(pb, x);
	pb_num(pb, y);
	pb->x = x;
	pb->y = y;
}

/* A line to (x, y), after pb_move or another line; false when no move. */
static bool
pb_line(struct pathbuf *pb, long x, long y, bool first)
{
	if (x == pb->x && y == pb->y)
		return false;
	if (first)
		pb_cmd(pb, 'l');
	pb_num(pb, x - pb->x);
	pb_num(pb, y - pb->y);
	pb->x = x;
	pb->y = y;
	return true;
}

/*
 * Douglas-Peucker: mark in keep[] the points of x, y [lo..hi] that the
 * line needs to stay within tol of all of them.
 */
static void
simplify(const long *x, const long *y, size_t lo, size_t hi, double tol,
    uint8_t *keep)
{
	double dx, dy, len, d, worst = 0;
	size_t i, at = lo;

	if (hi <= lo + 1)
		return;
	dx = (double)(x[hi] - x[lo]);
	dy = (double)(y[hi] - y[lo]);
	len = sqrt(dx * dx + dy * dy);
	for (i = lo + 1; i < hi; i++) {
		if (len > 0)
			d = fabs(dx * (double)(y[i] - y[lo]) -
			    dy * (double)(x[i] - x[lo])) / len;
		else
			d = hypot((double)(x[i] - x[lo]), (double)(y[i] - y[lo]));
		if (d > worst) {
			worst = d;
			at = i;
		}
	}
	if (worst <= tol)
		return;
	keep[at] = 1;
	simplify(x, y, lo, at, tol, keep);
	simplify(x, y, at, hi, tol, keep);
}

/* A line of no length, which a round cap draws as a dot. */
static void
pb_dot(struct pathbuf *pb)
{
	pb_cmd(pb, 'l');
	pb_num(pb, 0);
	pb_num(pb, 0);
}

/* Where (lon, lat) falls on the unit sphere's plane. */
static void
project(const struct map *m, double lon, double lat, double *x, double *y)
{
	geo_project(m->opt.projection, lon, lat, x, y);
}

/* The same in steps of the picture, from its top left corner. */
static void
to_px(const struct view *v, double x, double y, long *px, long *py)
{
	*px = lround((x - v->x0) * v->scale * v->steps);
	*py = lround((v->y1 - y) * v->scale * v->steps);
}

/*
 * The arc of link l, cut at the antimeridian: parts in out (room for
 * GEO_SPLIT_ROOM(ARC_MAX)), starts in start (ARC_MAX + 1).
 */
static size_t
link_arc(const struct map *m, const struct link *l, struct geo_point *out,
    size_t *start)
{
	struct geo_point arc[ARC_MAX];
	double lat1, lon1, lat2, lon2;
	size_t n;

	city_place(m->reg, l->city, &lat1, &lon1);
	city_place(m->reg, l->partner, &lat2, &lon2);
	n = geo_arc(lat1, lon1, lat2, lon2, arc, ARC_MAX);
	return geo_split_antimeridian(arc, n, out, start);
}

/* Grow the box [b0, b1] x [b2, b3] to hold (x, y). */
static void
box_add(double *b, double x, double y)
{
	if (x < b[0])
		b[0] = x;
	if (x > b[1])
		b[1] = x;
	if (y < b[2])
		b[2] = y;
	if (y > b[3])
		b[3] = y;
}

/* Widen lo..hi about its middle to at least len. */
static void
widen(double *lo, double *hi, double len)
{
	double mid = (*lo + *hi) / 2;

	if (*hi - *lo < len) {
		*lo = mid - len / 2;
		*hi = mid + len / 2;
	}
}

/* Shift lo..hi into -max..max, or make it that when it is wider. */
static void
keep_inside(double *lo, double *hi, double max)
{
	if (*hi - *lo >= 2 * max) {
		*lo = -max;
		*hi = max;
	} else if (*lo < -max) {
		*hi += -max - *lo;
		*lo = -max;
	} else if (*hi > max) {
		*lo -= *hi - max;
		*hi = max;
	}
}

/* Fit the view to the drawn links' arcs and cities. */
static void
fit_view(struct map *m)
{
	struct geo_point out[GEO_SPLIT_ROOM(ARC_MAX)];
	size_t start[ARC_MAX + 1], i, j, parts;
	double b[4] = { HUGE_VAL, -HUGE_VAL, HUGE_VAL, -HUGE_VAL };
	double xmax, ymax, x, y, w, h, pad;

	geo_project_extent(m->opt.projection, &xmax, &ymax);
	for (i = 0; i < m->nlinks; i++) {
		parts = link_arc(m, &m->reg->links[m->links[i]], out, start);
		for (j = 0; j < start[parts]; j++) {
			project(m, out[j].lon, out[j].lat, &x, &y);
			box_add(b, x, y);
		}
	}
	w = b[1] - b[0];
	h = b[3] - b[2];
	if (m->nlinks == 0 || (m->opt.world && (w > WORLD_SHARE * 2 * xmax ||
	    h > WORLD_SHARE * 2 * ymax))) {
		b[0] = -xmax;
		b[1] = xmax;
		b[2] = -ymax;
		b[3] = ymax;
	} else {
		pad = MARGIN * (w > h ? w : h);
		b[0] -= pad;
		b[1] += pad;
		b[2] -= pad;
		b[3] += pad;
		widen(&b[0], &b[1], MIN_VIEW_W);
		widen(&b[2], &b[3], MIN_VIEW_H);
		w = b[1] - b[0];
		h = b[3] - b[2];
		if (w < MIN_ASPECT * h)
			widen(&b[0], &b[1], MIN_ASPECT * h);
		else if (w > MAX_ASPECT * h)
			widen(&b[2], &b[3], w / MAX_ASPECT);
		keep_inside(&b[0], &b[1], xmax);
		keep_inside(&b[2], &b[3], ymax);
	}
	m->x0 = b[0];
	m->x1 = b[1];
	m->y0 = b[2];
	m->y1 = b[3];
	m->width = WIDTH;
	m->height = round(WIDTH * (b[3] - b[2]) / (b[1] - b[0]));
}

/* Most partners first, then by name: small dots are drawn over big ones. */
static const struct map *sort_map;

static int
by_degree(const void *a, const void *b)
{
	const struct map *m = sort_map;
	city_id ca = *(const city_id *)a, cb = *(const city_id *)b;
	uint32_t da = m->degree[m->dot[ca] - 1], db = m->degree[m->dot[cb] - 1];

	if (da != db)
		return da > db ? -1 : 1;
	return city_compare(m->reg, ca, cb);
}

void
map_prepare(struct map *m, const struct registry *reg, const link_id *ids,
    size_t n, const struct map_options *opt)
{
	uint8_t *seen = xcalloc(reg->nlinks ? reg->nlinks : 1, 1);
	uint8_t *unplaced = xcalloc(reg->ncities ? reg->ncities : 1, 1);
	uint32_t *degree;
	size_t i, k, cap = 0;
	const struct link *l;
	bool a, b;

	memset(m, 0, sizeof(*m));
	m->reg = reg;
	m->opt = *opt;
	m->dot = xcalloc(reg->ncities ? reg->ncities : 1, sizeof(*m->dot));
	degree = xcalloc(reg->ncities ? reg->ncities : 1, sizeof(*degree));
	for (i = 0; i < n; i++) {
		if (seen[ids[i]])
			continue;
		seen[ids[i]] = 1;
		l = &reg->links[ids[i]];
		a = city_placed(reg, l->city);
		b = city_placed(reg, l->partner);
		if (!a || !b) {
			m->links_unplaced++;
			if (!a && !unplaced[l->city]++)
				m->cities_unplaced++;
			if (!b && !unplaced[l->partner]++)
				m->cities_unplaced++;
			continue;
		}
		m->links = xreallocarray(m->links, m->nlinks + 1,
		    sizeof(*m->links));
		m->links[m->nlinks++] = ids[i];
		m->by_status[link_status_at(l, opt->as_of)]++;
		if (l->city != l->partner) {
			degree[l->city]++;
			degree[l->partner]++;
		}
		for (k = 0; k < 2; k++) {
			city_id c = k == 0 ? l->city : l->partner;

			if (m->dot[c] != 0)
				continue;
			if (m->ncities == cap) {
				cap = cap ? 2 * cap : 64;
				m->cities = xreallocarray(m->cities, cap,
				    sizeof(*m->cities));
			}
			m->cities[m->ncities++] = c;
			m->dot[c] = (uint32_t)m->ncities;
		}
	}
	m->degree = xcalloc(m->ncities ? m->ncities : 1, sizeof(*m->degree));
	for (i = 0; i < m->ncities; i++)
		m->degree[i] = degree[m->cities[i]];
	sort_map = m;
	if (m->ncities > 0)
		qsort(m->cities, m->ncities, sizeof(*m->cities), by_degree);
	/* dot[] and degree[] now follow the sorted order. */
	for (i = 0; i < m->ncities; i++) {
		m->dot[m->cities[i]] = (uint32_t)i + 1;
		m->degree[i] = degree[m->cities[i]];
	}
	free(degree);
	free(unplaced);
	free(seen);
	fit_view(m);
}

void
map_free(struct map *m)
{
	free(m->links);
	free(m->cities);
	free(m->dot);
	free(m->degree);
	memset(m, 0, sizeof(*m));
}

/* The statuses' class names and their legend's words. */
static const char *const status_class[STATUS_COUNT] = {
	"active", "suspended", "ended"
};

static void
write_style(const struct map *m, FILE *fp)
{
	/* Thousands of links need thin, light lines to stay readable. */
	double lw = m->nlinks > MANY_LINKS ? 0.3 : m->nlinks > 300 ? 0.7 : 1.4;
	double op = m->nlinks > MANY_LINKS ? 0.25 : m->nlinks > 300 ? 0.5 :
	    0.85;

	fprintf(fp, "<style>\n"
	    ".sea{fill:#dcebf5}\n"
	    ".land path{fill:#f3efe4;stroke:#b9b09b;stroke-width:.4;"
	    "fill-rule:evenodd}\n"
	    ".link{fill:none;stroke-width:%.1f;stroke-opacity:%.2f;"
	    "stroke-linecap:round}\n"
	    ".active{stroke:#2166ac}\n"
	    ".suspended{stroke:#e08214;stroke-dasharray:5 3}\n"
	    ".ended{stroke:#7a7a7a;stroke-dasharray:.5 2.5}\n"
	    ".link:hover{stroke-width:3;stroke-opacity:1}\n"
	    ".city,.dot{fill:#b2182b;fill-opacity:.85;stroke:#fff;"
	    "stroke-width:%.2f;cursor:pointer}\n"
	    ".city:hover{fill:#000}\n"
	    ".sel .link{stroke-opacity:.08}\n"
	    ".sel .link.hl{stroke-opacity:1;stroke-width:2}\n"
	    ".sel .city{fill-opacity:.25}\n"
	    ".sel .city.hl{fill-opacity:1}\n"
	    ".sel .city.on{fill:#000}\n"
	    ".legend rect{fill:#fff;fill-opacity:.85;stroke:#999;"
	    "stroke-width:.5}\n"
	    ".legend text{font:12px sans-serif;fill:#222}\n"
	    ".legend path{fill:none;stroke-width:2}\n"
	    "</style>\n", lw, op,
	    m->ncities > MANY_CITIES ? 0.25 : 0.6);
}

/*
 * Click a city: its links and partners stand out, the rest fade; click
 * it again, or elsewhere, to see all.
 */
static const char script[] =
    "<script><![CDATA[\n"
    "(function(){var s=document.currentScript;"
    "s=s&&s.ownerSVGElement||document.documentElement;var on=null;\n"
    "function all(q,f){var l=s.querySelectorAll(q);"
    "for(var i=0;i<l.length;i++)f(l[i].classList)}\n"
    "s.addEventListener('click',function(e){var t=e.target;"
    "all('.hl,.on',function(c){c.remove('hl','on')});"
    "if(t.classList.contains('city')&&t.id!==on){on=t.id;"
    "t.classList.add('on');all('.'+on,function(c){c.add('hl')});"
    "all('.link.'+on,function(c){for(var i=0;i<c.length;i++)"
    "if(/^c\\d/.test(c[i])){var d=s.getElementById(c[i]);"
    "if(d)d.classList.add('hl')}});s.classList.add('sel')}"
    "else{on=null;s.classList.remove('sel')}})})();\n"
    "]]></script>\n";

/* The whole sphere's outline, which the sea fills. */
static void
write_sea(const struct map *m, const struct view *v, struct pathbuf *pb,
    FILE *fp)
{
	double x, y;
	long px, py;
	int lat, side;

	pb->n = 0;
	for (side = 0; side < 2; side++)
		for (lat = -90; lat <= 90; lat += 5) {
			project(m, side ? 180 : -180, side ? -lat : lat, &x, &y);
			to_px(v, x, y, &px, &py);
			if (side == 0 && lat == -90)
				pb_move(pb, px, py);
			else
				pb_line(pb, px, py, side == 0 && lat == -85);
		}
	pb_cmd(pb, 'z');
	fprintf(fp, "<path class=\"sea\" d=\"%.*s\"/>\n", (int)pb->n, pb->p);
}

/* The country outlines, leaving out rings wholly outside the view. */
static void
write_land(const struct map *m, const struct view *v, struct pathbuf *pb,
    FILE *fp)
{
	const struct world_country *wc;
	const struct world_point *pt;
	static long xs[8192], ys[8192];
	double x, y;
	long bx0, bx1, by0, by1, w = lround(m->width * v->steps),
	    h = lround(m->height * v->steps);
	size_t i, r, j, np, used;
	bool first = true;

	fputs("<g class=\"land\">\n", fp);
	for (i = 0; i < world_countries_len; i++) {
		wc = &world_countries[i];
		pb->n = 0;
		for (r = wc->first_ring; r < wc->first_ring + wc->nrings; r++) {
			pt = world_ring(r, &np);
			if (np > sizeof(xs) / sizeof(xs[0]))
				np = sizeof(xs) / sizeof(xs[0]);
			bx0 = by0 = LONG_MAX;
			bx1 = by1 = LONG_MIN;
			for (j = 0; j < np; j++) {
				project(m, (double)pt[j].lon / WORLD_SCALE,
				    (double)pt[j].lat / WORLD_SCALE, &x, &y);
				to_px(v, x, y, &xs[j], &ys[j]);
				bx0 = xs[j] < bx0 ? xs[j] : bx0;
				bx1 = xs[j] > bx1 ? xs[j] : bx1;
				by0 = ys[j] < by0 ? ys[j] : by0;
				by1 = ys[j] > by1 ? ys[j] : by1;
			}
			if (bx1 < 0 || by1 < 0 || bx0 > w || by0 > h)
				continue;
			used = pb->n;
			pb_move(pb, xs[0], ys[0]);
			first = true;
			/* The last point repeats the first: z closes. */
			for (j = 1, np--; j < np; j++)
				if (pb_line(pb, xs[j], ys[j], first))
					first = false;
			if (first)	/* smaller than a tenth of a px */
				pb->n = used;
			else
				pb_cmd(pb, 'z');
		}
		if (pb->n == 0)
			continue;
		fprintf(fp, "<path d=\"%.*s\"><title>", (int)pb->n, pb->p);
		xml_cstr(wc->name, fp);
		fputs("</title></path>\n", fp);
	}
	fputs("</g>\n", fp);
}

/* "Turku (FI)": a city's name as a title shows it. */
static void
write_city_name(const struct map *m, city_id c, FILE *fp)
{
	char buf[2 * NAME_MAX_BYTES + 16];

	cityname_form(m->reg, c, buf, sizeof(buf));
	xml_cstr(buf, fp);
}

static void
write_links(const struct map *m, const struct view *v, struct pathbuf *pb,
    FILE *fp)
{
	static const unsigned order[STATUS_COUNT] = {
		STATUS_ENDED, STATUS_SUSPENDED, STATUS_ACTIVE
	};
	struct geo_point out[GEO_SPLIT_ROOM(ARC_MAX)];
	size_t start[ARC_MAX + 1], i, k, p, j, parts;
	long xs[GEO_SPLIT_ROOM(ARC_MAX)], ys[GEO_SPLIT_ROOM(ARC_MAX)];
	uint8_t keep[GEO_SPLIT_ROOM(ARC_MAX)];
	const struct link *l;
	unsigned st;
	double x, y;
	bool first;

	fputs("<g class=\"links\">\n", fp);
	for (k = 0; k < STATUS_COUNT; k++) {
		if (m->by_status[order[k]] == 0)
			continue;
		fprintf(fp, "<g class=\"%s\">\n", status_class[order[k]]);
		for (i = 0; i < m->nlinks; i++) {
			l = &m->reg->links[m->links[i]];
			st = link_status_at(l, m->opt.as_of);
			if (st != order[k])
				continue;
			parts = link_arc(m, l, out, start);
			pb->n = 0;
			for (p = 0; p < parts; p++) {
				for (j = start[p]; j < start[p + 1]; j++) {
					project(m, out[j].lon, out[j].lat, &x, &y);
					to_px(v, x, y, &xs[j], &ys[j]);
					keep[j] = j == start[p] ||
					    j + 1 == start[p + 1];
				}
				simplify(xs, ys, start[p], start[p + 1] - 1,
				    v->tolerance, keep);
				pb_move(pb, xs[start[p]], ys[start[p]]);
				first = true;
				for (j = start[p] + 1; j < start[p + 1]; j++)
					if (keep[j] &&
					    pb_line(pb, xs[j], ys[j], first))
						first = false;
				if (first)	/* a dot, where the line is */
					pb_dot(pb);
			}
			fprintf(fp, "<path class=\"link c%u c%u\" d=\"%.*s\">"
			    "<title>", m->dot[l->city],
			    m->dot[l->partner], (int)pb->n, pb->p);
			write_city_name(m, l->city, fp);
			fputs(" \xE2\x80\x93 ", fp);
			write_city_name(m, l->partner, fp);
			if (l->year != 0)
				fprintf(fp, ", %u", (unsigned)l->year);
			else
				fputs(", year unknown", fp);
			fprintf(fp, ", %s", status_names[st]);
			if (st != STATUS_ACTIVE && l->ended != 0)
				fprintf(fp, " %u", (unsigned)l->ended);
			if (l->kind != KIND_TWIN)
				fprintf(fp, " (%s)", kind_names[l->kind]);
			fputs("</title></path>\n", fp);
		}
		fputs("</g>\n", fp);
	}
	fputs("</g>\n", fp);
}

static uint32_t
max_degree(const struct map *m)
{
	return m->ncities > 0 ? m->degree[0] : 0;
}

/* Many cities get smaller dots, or they hide the map. */
static double
dot_radius(const struct map *m, uint32_t degree)
{
	uint32_t top = max_degree(m);
	double lo = DOT_MIN, hi = DOT_MAX;

	if (m->ncities > MANY_CITIES) {
		lo /= 2;
		hi /= 1.8;
	}
	if (top == 0)
		return lo;
	return lo + (hi - lo) * sqrt((double)degree / top);
}

static void
write_cities(const struct map *m, const struct view *v, FILE *fp)
{
	double lat, lon, x, y;
	char cx[24], cy[24];
	long px, py;
	size_t i;
	city_id c;

	fputs("<g class=\"cities\">\n", fp);
	for (i = 0; i < m->ncities; i++) {
		c = m->cities[i];
		city_place(m->reg, c, &lat, &lon);
		project(m, lon, lat, &x, &y);
		to_px(v, x, y, &px, &py);
		*put_num(cx, px, v->steps) = '\0';
		*put_num(cy, py, v->steps) = '\0';
		fprintf(fp, "<circle class=\"city\" id=\"c%zu\" cx=\"%s\" "
		    "cy=\"%s\" r=\"%g\"><title>", i + 1, cx, cy,
		    round(dot_radius(m, m->degree[i]) * 10) / 10);
		write_city_name(m, c, fp);
		fprintf(fp, ": %u partner%s</title></circle>\n", m->degree[i],
		    m->degree[i] == 1 ? "" : "s");
	}
	fputs("</g>\n", fp);
}

/* The styles, with the number of links of each, and what a dot says. */
static void
write_legend(const struct map *m, FILE *fp)
{
	unsigned s, lines = 0;
	double y;

	for (s = 0; s < STATUS_COUNT; s++)
		if (m->opt.status_mask & (1u << s) || m->by_status[s] > 0)
			lines++;
	y = m->height - 10 - 18.0 * (lines + 1) - 8;
	fprintf(fp, "<g class=\"legend\" transform=\"translate(10,%.0f)\">\n"
	    "<rect width=\"190\" height=\"%u\" rx=\"3\"/>\n", y,
	    18 * (lines + 1) + 8);
	y = 16;
	for (s = 0; s < STATUS_COUNT; s++) {
		if (!(m->opt.status_mask & (1u << s)) && m->by_status[s] == 0)
			continue;
		fprintf(fp, "<path class=\"%s\" d=\"M10 %.0fh30\"/>"
		    "<text x=\"48\" y=\"%.0f\">%s: %zu link%s</text>\n",
		    status_class[s], y - 4, y, status_names[s], m->by_status[s],
		    m->by_status[s] == 1 ? "" : "s");
		y += 18;
	}
	fprintf(fp, "<circle class=\"dot\" cx=\"25\" cy=\"%.0f\" r=\"4\"/>"
	    "<text x=\"48\" y=\"%.0f\">%zu cit%s, by partners</text>\n",
	    y - 4, y, m->ncities, m->ncities == 1 ? "y" : "ies");
	fputs("</g>\n", fp);
}

bool
map_write(const struct map *m, FILE *fp)
{
	struct pathbuf pb = { NULL, 0, 0, 0, 0, 10, false };
	struct view v;

	v.x0 = m->x0;
	v.y1 = m->y1;
	v.scale = m->width / (m->x1 - m->x0);
	/* Many links make a big file: whole px then, as no eye tells. */
	v.steps = pb.steps = m->nlinks > MANY_LINKS ? 1 : 10;
	v.tolerance = v.steps == 10 ? 4.0 : 0.6;
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
	    "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n"
	    "<title>Town twinning: %zu link%s between %zu cities (%s)</title>\n",
	    m->width, m->height, m->width, m->height, m->nlinks,
	    m->nlinks == 1 ? "" : "s", m->ncities,
	    projection_name(m->opt.projection));
	write_style(m, fp);
	write_sea(m, &v, &pb, fp);
	write_land(m, &v, &pb, fp);
	write_links(m, &v, &pb, fp);
	write_cities(m, &v, fp);
	write_legend(m, fp);
	fputs(script, fp);
	fputs("</svg>\n", fp);
	free(pb.p);
	return !ferror(fp);
}
