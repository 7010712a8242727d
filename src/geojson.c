/*
 * geojson.c: FeatureCollections of links and cities.
 *
 * A link is drawn along its great circle, a point every 2 degrees or so,
 * because a GeoJSON line is straight in longitude and latitude, which on
 * a long link is far from the shortest way.
 */
#include <stdlib.h>
#include <string.h>

#include "geo.h"
#include "geojson.h"
#include "place.h"
#include "xalloc.h"

/* Points an arc may have: one every 2 degrees of half a great circle. */
#define ARC_POINTS	92

static void
write_position(double lon, double lat, FILE *fp)
{
	/* Five decimals: about a metre, more than any places file holds. */
	fprintf(fp, "[%.5f, %.5f]", lon, lat);
}

/* The arc of link l, as a LineString or, cut, a MultiLineString. */
static void
write_arc(const struct registry *r, const struct link *l, FILE *fp)
{
	struct geo_point arc[ARC_POINTS], cut[GEO_SPLIT_ROOM(ARC_POINTS)];
	size_t start[ARC_POINTS + 1], n, parts, i, j;
	const struct place *a = &r->places[l->city], *b = &r->places[l->partner];

	n = geo_arc(a->lat, a->lon, b->lat, b->lon, arc, ARC_POINTS);
	parts = geo_split_antimeridian(arc, n, cut, start);
	fprintf(fp, "{\"type\": \"%s\", \"coordinates\": %s",
	    parts > 1 ? "MultiLineString" : "LineString", parts > 1 ? "[" : "");
	for (i = 0; i < parts; i++) {
		fputs(i ? ", [" : "[", fp);
		for (j = start[i]; j < start[i + 1]; j++) {
			if (j > start[i])
				fputs(", ", fp);
			write_position(cut[j].lon, cut[j].lat, fp);
		}
		fputs("]", fp);
	}
	fputs(parts > 1 ? "]}" : "}", fp);
}

static void
write_point(const struct place *p, FILE *fp)
{
	fputs("{\"type\": \"Point\", \"coordinates\": ", fp);
	write_position(p->lon, p->lat, fp);
	fputs("}", fp);
}

static void
start_collection(FILE *fp)
{
	fputs("{\"type\": \"FeatureCollection\", \"features\": [", fp);
}

static void
end_collection(size_t features, FILE *fp)
{
	fputs(features ? "\n]}\n" : "]}\n", fp);
}

size_t
geojson_links(const struct registry *r, const struct table *t,
    const struct rows *rows, FILE *fp)
{
	bool *shown = xcalloc(r->ncities + 1, sizeof(*shown));
	city_id *cities = xreallocarray(NULL, 2 * rows->n + 1, sizeof(*cities));
	const struct link *l;
	const struct city *c;
	size_t i, features = 0, ncities = 0, left_out = 0;
	city_id ends[2];
	int e;

	start_collection(fp);
	for (i = 0; i < rows->n; i++) {
		l = &r->links[rows->v[i].link];
		ends[0] = rows->v[i].first;
		ends[1] = rows->v[i].second;
		if (!city_placed(r, ends[0]) || !city_placed(r, ends[1])) {
			left_out++;
			continue;
		}
		fprintf(fp, "%s\n{\"type\": \"Feature\", \"geometry\": ",
		    features++ ? "," : "");
		write_arc(r, l, fp);
		fputs(", \"properties\": ", fp);
		table_write_json_row(t, i, fp);
		fputs("}", fp);
		for (e = 0; e < 2; e++)
			if (!shown[ends[e]]) {
				shown[ends[e]] = true;
				cities[ncities++] = ends[e];
			}
	}
	/* Then each city once, as the rows name it first. */
	for (i = 0; i < ncities; i++) {
		c = &r->cities[cities[i]];
		fprintf(fp, "%s\n{\"type\": \"Feature\", \"geometry\": ",
		    features++ ? "," : "");
		write_point(&r->places[cities[i]], fp);
		fputs(", \"properties\": {\"city\": ", fp);
		write_json_string(city_name(r, c), c->name_len, fp);
		fprintf(fp, ", \"country\": \"%s\", \"region\": ",
		    country_code(c->country));
		if (c->region != REGION_NONE) {
			size_t len;
			const char *g = region_name(r, c->region, &len);

			write_json_string(g, len, fp);
		} else
			fputs("null", fp);
		fputs("}}", fp);
	}
	end_collection(features, fp);
	free(shown);
	free(cities);
	return left_out;
}

void
geojson_cities(const struct registry *r, const struct table *t,
    const city_id *cities, size_t n, FILE *fp)
{
	size_t i;

	start_collection(fp);
	for (i = 0; i < n; i++) {
		fprintf(fp, "%s\n{\"type\": \"Feature\", \"geometry\": ",
		    i ? "," : "");
		write_point(&r->places[cities[i]], fp);
		fputs(", \"properties\": ", fp);
		table_write_json_row(t, i, fp);
		fputs("}", fp);
	}
	end_collection(n, fp);
}
