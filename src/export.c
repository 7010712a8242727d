/*
 * export.c: what twin graph draws, and how each format writes it.
 *
 * Attributes a value does not have (a link of no year, a city of no
 * region) are left out rather than written empty, so that networkx and
 * Gephi read them as missing, not as "" or 0.
 */
#include <stdlib.h>
#include <string.h>

#include "cityname.h"
#include "country.h"
#include "export.h"
#include "fold.h"
#include "network.h"
#include "place.h"
#include "xalloc.h"
#include "xml.h"

/* Long enough for any name with its country and region. */
#define NODE_NAME_MAX	(2 * NAME_MAX_BYTES + 16)

static void
add_node(struct export_graph *g, size_t *cap, uint32_t id)
{
	if (g->nnodes == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		g->nodes = xreallocarray(g->nodes, *cap, sizeof(*g->nodes));
	}
	memset(&g->nodes[g->nnodes], 0, sizeof(g->nodes[0]));
	g->nodes[g->nnodes++].id = id;
}

static struct export_edge *
add_edge(struct export_graph *g, size_t *cap, uint32_t a, uint32_t b)
{
	struct export_edge *e;

	if (g->nedges == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		g->edges = xreallocarray(g->edges, *cap, sizeof(*g->edges));
	}
	e = &g->edges[g->nedges++];
	memset(e, 0, sizeof(*e));
	e->a = a;
	e->b = b;
	return e;
}

/*
 * The drawn links among the cities of order[0..n), pos[c] being 1 + the
 * index of c there (0: not drawn); each link once, from its first end.
 */
static void
city_edges(struct export_graph *g, const struct registry *r,
    const city_id *order, size_t n, const uint32_t *pos,
    const struct link_filter *f)
{
	const link_id *ids;
	const struct link *l;
	size_t i, j, k, cap = 0;
	city_id o;

	for (i = 0; i < n; i++) {
		ids = city_links(r, order[i], &k);
		for (j = 0; j < k; j++) {
			l = &r->links[ids[j]];
			o = link_other(l, order[i]);
			if (pos[o] == 0 || pos[o] < i + 1 ||
			    !link_matches(r, l, f))
				continue;
			/* Its ends in the link's order, as the registry has it. */
			add_edge(g, &cap, pos[l->city] - 1,
			    pos[l->partner] - 1)->link = ids[j];
			/* A pair is one link (the registry merges them). */
			if (o != order[i]) {
				g->nodes[i].degree++;
				g->nodes[pos[o] - 1].degree++;
			}
		}
	}
}

void
export_whole(struct export_graph *g, const struct registry *r,
    const struct link_filter *f)
{
	uint32_t *pos = xcalloc(r->ncities + 1, sizeof(*pos));
	const link_id *ids;
	size_t i, j, n, ncap = 0, cap = 0;

	memset(g, 0, sizeof(*g));
	for (i = 0; i < r->ncities; i++) {
		ids = city_links(r, (city_id)i, &n);
		for (j = 0; j < n; j++)
			if (link_matches(r, &r->links[ids[j]], f))
				break;
		if (j == n)
			continue;
		pos[i] = (uint32_t)g->nnodes + 1;
		add_node(g, &ncap, (uint32_t)i);
	}
	/* Edges in the registry's order of links. */
	for (i = 0; i < r->nlinks; i++) {
		const struct link *l = &r->links[i];

		if (!link_matches(r, l, f))
			continue;
		add_edge(g, &cap, pos[l->city] - 1, pos[l->partner] - 1)->link =
		    (link_id)i;
		if (l->city != l->partner) {
			g->nodes[pos[l->city] - 1].degree++;
			g->nodes[pos[l->partner] - 1].degree++;
		}
	}
	free(pos);
}

void
export_near(struct export_graph *g, const struct registry *r, city_id c,
    unsigned depth, const struct link_filter *f)
{
	uint32_t *pos = xcalloc(r->ncities + 1, sizeof(*pos));
	city_id *order;
	size_t i, n, cap = 0;

	memset(g, 0, sizeof(*g));
	n = query_neighbourhood(r, c, depth, f, &order);
	for (i = 0; i < n; i++) {
		pos[order[i]] = (uint32_t)i + 1;
		add_node(g, &cap, order[i]);
	}
	city_edges(g, r, order, n, pos, f);
	free(order);
	free(pos);
}

static int
compare_pairs_by_code(const void *pa, const void *pb)
{
	const struct pair_count *a = pa, *b = pb;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return (a->b > b->b) - (a->b < b->b);
}

void
export_countries(struct export_graph *g, const struct registry *r,
    const struct link_filter *f)
{
	uint32_t *node = xcalloc(NCOUNTRIES, sizeof(*node));	/* 1 + index */
	bool *has_city = xcalloc(r->ncities + 1, sizeof(*has_city));
	struct pair_count *pairs = NULL, *p;
	country_t c, t;
	size_t i, n, ncap = 0, ecap = 0;

	memset(g, 0, sizeof(*g));
	g->countries = true;
	n = query_country_pairs(r, f, &pairs);
	for (i = 0; i < n; i++) {
		p = &pairs[i];
		if (p->a > p->b) {	/* -c puts its country first */
			t = p->a;
			p->a = p->b;
			p->b = t;
		}
		node[p->a] = node[p->b] = 1;
	}
	qsort(pairs, n, sizeof(*pairs), compare_pairs_by_code);
	/* Nodes in code order: each country with a link. */
	for (c = 0; c < NCOUNTRIES; c++)
		if (node[c]) {
			node[c] = (uint32_t)g->nnodes + 1;
			add_node(g, &ncap, c);
		}
	for (i = 0; i < r->nlinks; i++)
		if (link_matches(r, &r->links[i], f))
			has_city[r->links[i].city] =
			    has_city[r->links[i].partner] = true;
	for (i = 0; i < r->ncities; i++)
		if (has_city[i])
			g->nodes[node[r->cities[i].country] - 1].cities++;
	for (i = 0; i < n; i++) {
		struct export_node *a = &g->nodes[node[pairs[i].a] - 1];
		struct export_node *b = &g->nodes[node[pairs[i].b] - 1];

		a->links += pairs[i].links;
		if (pairs[i].a == pairs[i].b) {
			a->domestic = pairs[i].links;
			continue;
		}
		b->links += pairs[i].links;
		a->degree++;
		b->degree++;
		add_edge(g, &ecap, node[pairs[i].a] - 1,
		    node[pairs[i].b] - 1)->weight = pairs[i].links;
	}
	free(pairs);
	free(node);
	free(has_city);
}

void
export_free(struct export_graph *g)
{
	free(g->nodes);
	free(g->edges);
	memset(g, 0, sizeof(*g));
}

/* The name a node goes by in every format: "Turku (FI)", or "FI". */
static const char *
node_name(const struct export_graph *g, const struct registry *r, size_t i,
    char *buf, size_t cap)
{
	if (g->countries)
		return country_code((country_t)g->nodes[i].id);
	cityname_form(r, (city_id)g->nodes[i].id, buf, cap);
	return buf;
}

/* A DOT string: quotes and backslashes escaped, the rest as it is. */
static void
dot_text(const char *s, size_t len, FILE *fp)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\\')
			putc('\\', fp);
		putc(s[i], fp);
	}
}

/* The attributes of a node or edge, as each format writes a value. */
enum attr_type { ATTR_STRING, ATTR_INT, ATTR_REAL };

struct attr {
	const char	*name;
	enum attr_type	 type;
	bool		 present;
	const char	*text;		/* ATTR_STRING */
	size_t		 len;
	long		 number;	/* ATTR_INT */
	double		 real;		/* ATTR_REAL */
};

/* The type as GraphML and GEXF name it. */
static const char *
attr_type_name(enum attr_type t)
{
	return t == ATTR_INT ? "long" : t == ATTR_REAL ? "double" : "string";
}

/* A value: a number as it is, a string as XML text or a JSON string. */
static void
attr_value(const struct attr *a, bool json, FILE *fp)
{
	if (a->type == ATTR_INT)
		fprintf(fp, "%ld", a->number);
	else if (a->type == ATTR_REAL)
		fprintf(fp, "%.10g", a->real);
	else if (json)
		write_json_string(a->text, a->len, fp);
	else
		xml_text(a->text, a->len, fp);
}

#define MAX_ATTRS	8

static const struct attr city_attrs[] = {
	{ .name = "name", .type = ATTR_STRING },
	{ .name = "country", .type = ATTR_STRING },
	{ .name = "region", .type = ATTR_STRING },
	{ .name = "degree", .type = ATTR_INT },
	{ .name = "lat", .type = ATTR_REAL },	/* where a places file gives them */
	{ .name = "lon", .type = ATTR_REAL },
};
static const struct attr link_attrs[] = {
	{ .name = "year", .type = ATTR_INT },
	{ .name = "ended", .type = ATTR_INT },
	{ .name = "status", .type = ATTR_STRING },
	{ .name = "kind", .type = ATTR_STRING },
	{ .name = "statements", .type = ATTR_INT },
};
static const struct attr country_attrs[] = {
	{ .name = "name", .type = ATTR_STRING },
	{ .name = "cities", .type = ATTR_INT },
	{ .name = "links", .type = ATTR_INT },
	{ .name = "domestic_links", .type = ATTR_INT },
	{ .name = "degree", .type = ATTR_INT },
};
static const struct attr weight_attrs[] = {
	{ .name = "weight", .type = ATTR_INT },
};

#define NATTRS(a)	(sizeof(a) / sizeof(a[0]))

static void
node_attrs(const struct export_graph *g, const struct registry *r, size_t i,
    struct attr *at, size_t *n)
{
	const struct export_node *nd = &g->nodes[i];
	const struct city *c;
	const char *name;

	if (g->countries) {
		memcpy(at, country_attrs, sizeof(country_attrs));
		*n = NATTRS(country_attrs);
		name = country_name((country_t)nd->id);
		at[0] = (struct attr){ .name = "name", .type = ATTR_STRING,
		    .present = true, .text = name, .len = strlen(name) };
		at[1].present = at[2].present = at[3].present = true;
		at[4].present = true;
		at[1].number = nd->cities;
		at[2].number = nd->links;
		at[3].number = nd->domestic;
		at[4].number = nd->degree;
		return;
	}
	c = &r->cities[nd->id];
	memcpy(at, city_attrs, sizeof(city_attrs));
	*n = NATTRS(city_attrs);
	at[0].present = true;
	at[0].text = city_name(r, c);
	at[0].len = c->name_len;
	at[1].present = true;
	at[1].text = country_code(c->country);
	at[1].len = 2;
	at[2].text = region_name(r, c->region, &at[2].len);
	at[2].present = at[2].len > 0;
	at[3].present = true;
	at[3].number = nd->degree;
	at[4].present = at[5].present = city_place(r, nd->id, &at[4].real,
	    &at[5].real);
}

static void
edge_attrs(const struct export_graph *g, const struct registry *r, size_t i,
    struct attr *at, size_t *n)
{
	const struct export_edge *e = &g->edges[i];
	const struct link *l;

	if (g->countries) {
		memcpy(at, weight_attrs, sizeof(weight_attrs));
		*n = 1;
		at[0].present = true;
		at[0].number = e->weight;
		return;
	}
	l = &r->links[e->link];
	memcpy(at, link_attrs, sizeof(link_attrs));
	*n = NATTRS(link_attrs);
	at[0].present = l->year != 0;
	at[0].number = l->year;
	at[1].present = l->ended != 0;
	at[1].number = l->ended;
	at[2].present = at[3].present = at[4].present = true;
	at[2].text = status_names[l->status];
	at[2].len = strlen(at[2].text);
	at[3].text = kind_names[l->kind];
	at[3].len = strlen(at[3].text);
	at[4].number = link_nstmts(r, l);
}

/* The attribute lists a format declares: nodes', then edges'. */
static void
declared(const struct export_graph *g, const struct attr **nodes,
    size_t *nn, const struct attr **edges, size_t *ne)
{
	if (g->countries) {
		*nodes = country_attrs;
		*nn = NATTRS(country_attrs);
		*edges = weight_attrs;
		*ne = NATTRS(weight_attrs);
	} else {
		*nodes = city_attrs;
		*nn = NATTRS(city_attrs);
		*edges = link_attrs;
		*ne = NATTRS(link_attrs);
	}
}

/* A node's DOT name: c and the city's number, or the country's code. */
static void
dot_id(const struct export_graph *g, size_t i, FILE *fp)
{
	if (g->countries)
		fputs(country_code((country_t)g->nodes[i].id), fp);
	else
		fprintf(fp, "c%u", g->nodes[i].id);
}

static void
write_dot(const struct export_graph *g, const struct registry *r, FILE *fp)
{
	struct attr at[MAX_ATTRS];
	const struct link *l;
	const char *sep;
	size_t i, n;

	fprintf(fp, "graph twin {\n\tnode [shape=%s];\n",
	    g->countries ? "ellipse" : "box, style=rounded");
	for (i = 0; i < g->nnodes; i++) {
		node_attrs(g, r, i, at, &n);
		putc('\t', fp);
		dot_id(g, i, fp);
		fprintf(fp, " [label=\"");
		if (g->countries)
			fprintf(fp, "%s\\n",
			    country_code((country_t)g->nodes[i].id));
		dot_text(at[0].text, at[0].len, fp);
		if (!g->countries)
			fprintf(fp, "\\n%s", at[1].text);
		fprintf(fp, "\"];\n");
	}
	for (i = 0; i < g->nedges; i++) {
		putc('\t', fp);
		dot_id(g, g->edges[i].a, fp);
		fprintf(fp, " -- ");
		dot_id(g, g->edges[i].b, fp);
		if (g->countries) {
			fprintf(fp, " [label=\"%u\", weight=%u];\n",
			    g->edges[i].weight, g->edges[i].weight);
			continue;
		}
		/* Suspended links dashed, ended ones dotted. */
		l = &r->links[g->edges[i].link];
		sep = "";
		if (l->year != 0 || l->status != STATUS_ACTIVE)
			fprintf(fp, " [");
		if (l->year != 0) {
			fprintf(fp, "label=\"%u\"", (unsigned)l->year);
			sep = ", ";
		}
		if (l->status == STATUS_SUSPENDED)
			fprintf(fp, "%sstyle=dashed", sep);
		else if (l->status == STATUS_ENDED)
			fprintf(fp, "%sstyle=dotted", sep);
		if (l->year != 0 || l->status != STATUS_ACTIVE)
			fprintf(fp, "]");
		fprintf(fp, ";\n");
	}
	fprintf(fp, "}\n");
}

static void
graphml_keys(const struct attr *a, size_t n, const char *what, FILE *fp)
{
	size_t i;

	for (i = 0; i < n; i++)
		fprintf(fp, "  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" "
		    "attr.type=\"%s\"/>\n", what, a[i].name, what, a[i].name,
		    attr_type_name(a[i].type));
}

static void
graphml_data(const struct attr *a, size_t n, const char *what, FILE *fp)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!a[i].present)
			continue;
		fprintf(fp, "      <data key=\"%s_%s\">", what, a[i].name);
		attr_value(&a[i], false, fp);
		fprintf(fp, "</data>\n");
	}
}

static void
write_graphml(const struct export_graph *g, const struct registry *r,
    FILE *fp)
{
	const struct attr *na, *ea;
	struct attr at[MAX_ATTRS];
	char buf[NODE_NAME_MAX];
	size_t i, n, nn, ne;

	declared(g, &na, &nn, &ea, &ne);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
	    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
	    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
	graphml_keys(na, nn, "node", fp);
	graphml_keys(ea, ne, "edge", fp);
	fprintf(fp, "  <graph id=\"%s\" edgedefault=\"undirected\">\n",
	    g->countries ? "countries" : "twin");
	for (i = 0; i < g->nnodes; i++) {
		fprintf(fp, "    <node id=\"");
		xml_cstr(node_name(g, r, i, buf, sizeof(buf)), fp);
		fprintf(fp, "\">\n");
		node_attrs(g, r, i, at, &n);
		graphml_data(at, n, "node", fp);
		fprintf(fp, "    </node>\n");
	}
	for (i = 0; i < g->nedges; i++) {
		fprintf(fp, "    <edge source=\"");
		xml_cstr(node_name(g, r, g->edges[i].a, buf, sizeof(buf)), fp);
		fprintf(fp, "\" target=\"");
		xml_cstr(node_name(g, r, g->edges[i].b, buf, sizeof(buf)), fp);
		fprintf(fp, "\">\n");
		edge_attrs(g, r, i, at, &n);
		graphml_data(at, n, "edge", fp);
		fprintf(fp, "    </edge>\n");
	}
	fprintf(fp, "  </graph>\n</graphml>\n");
}

static void
gexf_declare(const struct attr *a, size_t n, const char *what, FILE *fp)
{
	size_t i;

	fprintf(fp, "    <attributes class=\"%s\">\n", what);
	for (i = 0; i < n; i++)
		fprintf(fp, "      <attribute id=\"%zu\" title=\"%s\" "
		    "type=\"%s\"/>\n", i, a[i].name,
		    attr_type_name(a[i].type));
	fprintf(fp, "    </attributes>\n");
}

static void
gexf_values(const struct attr *a, size_t n, FILE *fp)
{
	size_t i;

	fprintf(fp, "        <attvalues>\n");
	for (i = 0; i < n; i++) {
		if (!a[i].present)
			continue;
		fprintf(fp, "          <attvalue for=\"%zu\" value=\"", i);
		attr_value(&a[i], false, fp);
		fprintf(fp, "\"/>\n");
	}
	fprintf(fp, "        </attvalues>\n");
}

/* GEXF 1.2, the version Gephi and networkx both read. */
static void
write_gexf(const struct export_graph *g, const struct registry *r,
    FILE *fp)
{
	const struct attr *na, *ea;
	struct attr at[MAX_ATTRS];
	char buf[NODE_NAME_MAX];
	size_t i, n, nn, ne;

	declared(g, &na, &nn, &ea, &ne);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
	    "  <meta>\n    <creator>twin</creator>\n    <description>%s"
	    "</description>\n  </meta>\n"
	    "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n",
	    g->countries ? "countries linked by their cities' twinning links"
	    : "cities linked by twinning links");
	gexf_declare(na, nn, "node", fp);
	/* A country edge's weight is GEXF's own weight attribute. */
	if (!g->countries)
		gexf_declare(ea, ne, "edge", fp);
	fprintf(fp, "    <nodes>\n");
	for (i = 0; i < g->nnodes; i++) {
		node_attrs(g, r, i, at, &n);
		fprintf(fp, "      <node id=\"");
		xml_cstr(node_name(g, r, i, buf, sizeof(buf)), fp);
		fprintf(fp, "\" label=\"");
		xml_text(at[0].text, at[0].len, fp);
		fprintf(fp, "\">\n");
		gexf_values(at, n, fp);
		fprintf(fp, "      </node>\n");
	}
	fprintf(fp, "    </nodes>\n    <edges>\n");
	for (i = 0; i < g->nedges; i++) {
		fprintf(fp, "      <edge id=\"%zu\" source=\"", i);
		xml_cstr(node_name(g, r, g->edges[i].a, buf, sizeof(buf)), fp);
		fprintf(fp, "\" target=\"");
		xml_cstr(node_name(g, r, g->edges[i].b, buf, sizeof(buf)), fp);
		if (g->countries) {
			fprintf(fp, "\" weight=\"%u\"/>\n", g->edges[i].weight);
			continue;
		}
		fprintf(fp, "\">\n");
		edge_attrs(g, r, i, at, &n);
		gexf_values(at, n, fp);
		fprintf(fp, "      </edge>\n");
	}
	fprintf(fp, "    </edges>\n  </graph>\n</gexf>\n");
}

static void
json_attrs(const struct attr *a, size_t n, FILE *fp)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!a[i].present)
			continue;
		fprintf(fp, ", \"%s\": ", a[i].name);
		attr_value(&a[i], true, fp);
	}
}

static void
json_edges(const struct export_graph *g, const struct registry *r,
    const char *key, FILE *fp)
{
	struct attr at[MAX_ATTRS];
	char buf[NODE_NAME_MAX];
	const char *s;
	size_t i, n;

	fprintf(fp, "  \"%s\": [", key);
	for (i = 0; i < g->nedges; i++) {
		s = node_name(g, r, g->edges[i].a, buf, sizeof(buf));
		fprintf(fp, "%s\n    {\"source\": ", i ? "," : "");
		write_json_string(s, strlen(s), fp);
		s = node_name(g, r, g->edges[i].b, buf, sizeof(buf));
		fprintf(fp, ", \"target\": ");
		write_json_string(s, strlen(s), fp);
		edge_attrs(g, r, i, at, &n);
		json_attrs(at, n, fp);
		putc('}', fp);
	}
	fprintf(fp, "%s]", g->nedges ? "\n  " : "");
}

/*
 * node_link_data's layout.  networkx renamed its list of edges from
 * "links" (to 3.3, and d3's name) to "edges" (3.6 on); both are written
 * so that node_link_graph of any version reads the file as it is.
 */
static void
write_json(const struct export_graph *g, const struct registry *r, FILE *fp)
{
	struct attr at[MAX_ATTRS];
	char buf[NODE_NAME_MAX];
	const char *s;
	size_t i, n;

	fprintf(fp, "{\n  \"directed\": false,\n  \"multigraph\": false,\n"
	    "  \"graph\": {\"name\": \"%s\"},\n  \"nodes\": [",
	    g->countries ? "countries" : "twin");
	for (i = 0; i < g->nnodes; i++) {
		s = node_name(g, r, i, buf, sizeof(buf));
		fprintf(fp, "%s\n    {\"id\": ", i ? "," : "");
		write_json_string(s, strlen(s), fp);
		node_attrs(g, r, i, at, &n);
		json_attrs(at, n, fp);
		putc('}', fp);
	}
	fprintf(fp, "%s],\n", g->nnodes ? "\n  " : "");
	json_edges(g, r, "links", fp);
	fputs(",\n", fp);
	json_edges(g, r, "edges", fp);
	fputs("\n}\n", fp);
}

/*
 * Two names a line, tab-separated, and the weight for countries: what
 * networkx's read_edgelist(delimiter="\t") and igraph read.  A tab or
 * newline in a name would split it, so they are written as spaces.
 */
static void
edge_name(const char *s, FILE *fp)
{
	for (; *s != '\0'; s++)
		putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, fp);
}

static void
write_edges(const struct export_graph *g, const struct registry *r,
    FILE *fp)
{
	char buf[NODE_NAME_MAX];
	size_t i;

	for (i = 0; i < g->nedges; i++) {
		edge_name(node_name(g, r, g->edges[i].a, buf, sizeof(buf)), fp);
		putc('\t', fp);
		edge_name(node_name(g, r, g->edges[i].b, buf, sizeof(buf)), fp);
		if (g->countries)
			fprintf(fp, "\t%u", g->edges[i].weight);
		putc('\n', fp);
	}
}

void
export_write(const struct export_graph *g, const struct registry *r,
    enum format f, FILE *fp)
{
	switch (f) {
	case FORMAT_GRAPHML:
		write_graphml(g, r, fp);
		break;
	case FORMAT_GEXF:
		write_gexf(g, r, fp);
		break;
	case FORMAT_JSON:
		write_json(g, r, fp);
		break;
	case FORMAT_EDGES:
		write_edges(g, r, fp);
		break;
	default:
		write_dot(g, r, fp);
		break;
	}
}
