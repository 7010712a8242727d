/*
 * test_geo.c: distances, arcs, the antimeridian cut and the projections
 * of geo.h against values worked out another way, and the sanity of the
 * generated world table.
 */
#include "fixtures.h"

#include <math.h>

#include "geo.h"
#include "world_table.h"

#define PI	3.14159265358979323846
#define RAD	(PI / 180.0)
#define R	GEO_EARTH_RADIUS_KM

/*
 * Vincenty's formula for the sphere (the special case of his ellipsoid
 * formula), well conditioned at every distance: the reference that the
 * haversine is held to, since it shares none of its steps.
 */
static double
vincenty_km(double lat1, double lon1, double lat2, double lon2)
{
	double p1 = lat1 * RAD, p2 = lat2 * RAD, dl = (lon2 - lon1) * RAD;
	double num, den;

	num = hypot(cos(p2) * sin(dl),
	    cos(p1) * sin(p2) - sin(p1) * cos(p2) * cos(dl));
	den = sin(p1) * sin(p2) + cos(p1) * cos(p2) * cos(dl);
	return R * atan2(num, den);
}

static void
assert_near(double got, double want, double tol)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("got %.12f, want %.12f (+- %g)", got, want, tol);
}

/*
 * The expected distances were worked out in Python by the same Vincenty
 * formula; each is checked against that value and against vincenty_km.
 */
static void
test_distance(void **state)
{
	static const struct {
		double	 lat1, lon1, lat2, lon2, km;
	} d[] = {
		/* Turku - Bergen */
		{ 60.4518, 22.2666, 60.39299, 5.32415, 927.3620109264631 },
		/* Suva, Fiji - Apia, Samoa, across the antimeridian */
		{ -18.1416, 178.4419, -13.8333, -171.7667, 1150.7035662469175 },
		/* antipodes, and nearly: the haversine is worst here */
		{ 10, 20, -10, -160, 20015.114442035923 },
		{ 10, 20, -10.000001, -160, 20015.114330840843 },
	};
	size_t i;
	double km;

	(void)state;
	for (i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
		km = geo_distance_km(d[i].lat1, d[i].lon1, d[i].lat2,
		    d[i].lon2);
		assert_near(km, d[i].km, 1e-6);
		assert_near(km, vincenty_km(d[i].lat1, d[i].lon1, d[i].lat2,
		    d[i].lon2), 1e-6);
		/* Either way round. */
		assert_near(geo_distance_km(d[i].lat2, d[i].lon2, d[i].lat1,
		    d[i].lon1), km, 1e-9);
	}
	assert_near(geo_distance_km(0, 0, 0, 180), PI * R, 1e-9);
	assert_near(geo_distance_km(90, 0, -90, 0), PI * R, 1e-9);
	assert_near(geo_distance_km(45, -30, -45, 150), PI * R, 1e-9);
	assert_near(geo_distance_km(60.4518, 22.2666, 60.4518, 22.2666), 0, 0);
	/* 180 and -180 are one meridian; both poles are one point. */
	assert_near(geo_distance_km(12, 180, 12, -180), 0, 1e-9);
	assert_near(geo_distance_km(90, 0, 90, 123), 0, 1e-9);
	/* A degree of the equator. */
	assert_near(geo_distance_km(0, 0, 0, 1), PI * R / 180, 1e-9);
}

/* The distance from lat, lon to the great circle through a and b, in km. */
static double
off_circle_km(double lat, double lon, double lat1, double lon1, double lat2,
    double lon2)
{
	double a[3], b[3], n[3], p[3], len;

	a[0] = cos(lat1 * RAD) * cos(lon1 * RAD);
	a[1] = cos(lat1 * RAD) * sin(lon1 * RAD);
	a[2] = sin(lat1 * RAD);
	b[0] = cos(lat2 * RAD) * cos(lon2 * RAD);
	b[1] = cos(lat2 * RAD) * sin(lon2 * RAD);
	b[2] = sin(lat2 * RAD);
	p[0] = cos(lat * RAD) * cos(lon * RAD);
	p[1] = cos(lat * RAD) * sin(lon * RAD);
	p[2] = sin(lat * RAD);
	n[0] = a[1] * b[2] - a[2] * b[1];
	n[1] = a[2] * b[0] - a[0] * b[2];
	n[2] = a[0] * b[1] - a[1] * b[0];
	len = sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
	return R * fabs(asin((n[0] * p[0] + n[1] * p[1] + n[2] * p[2]) / len));
}

static void
test_arc(void **state)
{
	struct geo_point p[200];
	double total = 0, step, want;
	size_t n, i;

	(void)state;
	/* Turku - Bergen: 8.34 degrees of arc, so 5 steps of 1.67. */
	n = geo_arc(60.4518, 22.2666, 60.39299, 5.32415, p, 200);
	assert_int_equal(n, 6);
	assert_true(p[0].lat == 60.4518 && p[0].lon == 22.2666);
	assert_true(p[n - 1].lat == 60.39299 && p[n - 1].lon == 5.32415);
	want = geo_distance_km(60.4518, 22.2666, 60.39299, 5.32415);
	for (i = 1; i < n; i++) {
		step = geo_distance_km(p[i - 1].lat, p[i - 1].lon, p[i].lat,
		    p[i].lon);
		assert_near(step, want / (n - 1), 1e-6);
		total += step;
		assert_near(off_circle_km(p[i].lat, p[i].lon, 60.4518, 22.2666,
		    60.39299, 5.32415), 0, 1e-6);
	}
	assert_near(total, want, 1e-6);
	/* The arc bows north of the straight line in lon/lat. */
	assert_true(p[2].lat > 60.4518);

	/* Capped by the room given; too little room writes nothing. */
	assert_int_equal(geo_arc(10, 20, -10, -160, p, 7), 7);
	assert_int_equal(geo_arc(10, 20, 20, 30, p, 1), 0);

	/* Equal points: two, both the point. */
	n = geo_arc(60.4518, 22.2666, 60.4518, 22.2666, p, 200);
	assert_int_equal(n, 2);
	assert_true(p[1].lat == 60.4518 && p[1].lon == 22.2666);

	/* Antipodes: 180 degrees in 90 steps, north over the North Pole. */
	n = geo_arc(10, 20, -10, -160, p, 200);
	assert_int_equal(n, 91);
	for (i = 0; i < n; i++) {
		assert_false(isnan(p[i].lat) || isnan(p[i].lon));
		assert_near(geo_distance_km(10, 20, p[i].lat, p[i].lon),
		    PI * R * i / (n - 1), 1e-6);
	}
	assert_near(p[40].lat, 90, 1e-9);
	assert_near(p[1].lon, 20, 1e-9);
	assert_near(p[89].lon, -160, 1e-9);
	/* And from the North Pole, down the meridian opposite lon1. */
	n = geo_arc(90, 30, -90, 30, p, 200);
	assert_int_equal(n, 91);
	assert_near(p[45].lat, 0, 1e-9);
	assert_near(p[45].lon, -150, 1e-9);
}

/*
 * The latitude of the great circle through two points at longitude lon
 * (the Aviation Formulary's formula, by tangents of the latitudes).
 */
static double
gc_lat_at(double lat1, double lon1, double lat2, double lon2, double lon)
{
	return atan((tan(lat1 * RAD) * sin((lon2 - lon) * RAD) +
	    tan(lat2 * RAD) * sin((lon - lon1) * RAD)) /
	    sin((lon2 - lon1) * RAD)) / RAD;
}

static void
test_split(void **state)
{
	struct geo_point arc[100], out[GEO_SPLIT_ROOM(100)];
	struct geo_point line[4] = {
	    { 170, 10 }, { -170, 20 }, { 180, 30 }, { -175, 30 } };
	struct geo_point edge1[2] = { { 180, 10 }, { -170, 10 } };
	struct geo_point edge2[3] = { { 170, 0 }, { -180, 5 }, { -170, 0 } };
	size_t start[101], n, parts, i;

	(void)state;
	/* Suva to Apia goes east across 180. */
	n = geo_arc(-18.1416, 178.4419, -13.8333, -171.7667, arc, 100);
	parts = geo_split_antimeridian(arc, n, out, start);
	assert_int_equal(parts, 2);
	assert_int_equal(start[0], 0);
	assert_int_equal(start[2], n + 2);
	assert_true(out[0].lon == 178.4419 && out[0].lat == -18.1416);
	assert_true(out[start[1] - 1].lon == 180);
	assert_true(out[start[1]].lon == -180);
	assert_true(out[start[1] - 1].lat == out[start[1]].lat);
	assert_near(out[start[1]].lat, gc_lat_at(-18.1416, 178.4419,
	    -13.8333, 360 - 171.7667, 180), 1e-12);
	assert_true(out[n + 1].lon == -171.7667 && out[n + 1].lat == -13.8333);
	for (i = 1; i < n + 2; i++)
		if (i != start[1])
			assert_true(fabs(out[i].lon - out[i - 1].lon) <= 180);

	/* And back from Apia to Suva west across -180. */
	n = geo_arc(-13.8333, -171.7667, -18.1416, 178.4419, arc, 100);
	parts = geo_split_antimeridian(arc, n, out, start);
	assert_int_equal(parts, 2);
	assert_true(out[start[1] - 1].lon == -180 && out[start[1]].lon == 180);

	/*
	 * 170,10 to -170,20 crosses 180 a little north of 15, where its
	 * great circle does.  Then the line touches the antimeridian at 30
	 * and turns back: no crossing, and the point is at -180, on the side
	 * it came from.
	 */
	parts = geo_split_antimeridian(line, 4, out, start);
	assert_int_equal(parts, 2);
	assert_int_equal(start[1], 2);
	assert_int_equal(start[2], 6);
	assert_true(out[0].lon == 170 && out[0].lat == 10);
	assert_true(out[1].lon == 180 && out[2].lon == -180);
	assert_true(out[1].lat == out[2].lat);
	assert_near(out[1].lat, gc_lat_at(10, 170, 20, 190, 180), 1e-12);
	assert_near(out[1].lat, 15.339814499187984, 1e-12);
	assert_true(out[3].lon == -170 && out[3].lat == 20);
	assert_true(out[4].lon == -180 && out[4].lat == 30);
	assert_true(out[5].lon == -175 && out[5].lat == 30);

	/* A line that starts on it starts on the side it goes to. */
	parts = geo_split_antimeridian(edge1, 2, out, start);
	assert_int_equal(parts, 1);
	assert_true(out[0].lon == -180 && out[0].lat == 10);
	assert_true(out[1].lon == -170 && out[1].lat == 10);
	/* Reaching it and going on: the point on it ends the first part. */
	parts = geo_split_antimeridian(edge2, 3, out, start);
	assert_int_equal(parts, 2);
	assert_int_equal(start[1], 2);
	assert_int_equal(start[2], 4);
	assert_true(out[1].lon == 180 && out[1].lat == 5);
	assert_true(out[2].lon == -180 && out[2].lat == 5);
	assert_true(out[3].lon == -170 && out[3].lat == 0);

	/* Nothing to cut: one part, as it came. */
	parts = geo_split_antimeridian(line, 1, out, start);
	assert_int_equal(parts, 1);
	assert_int_equal(start[1], 1);
	assert_int_equal(geo_split_antimeridian(line, 0, out, start), 0);
}

/*
 * Equal Earth: the references come from the paper's formulas written out
 * term by term in Python; x at (180, 0) is the paper's 2.70663.
 */
static void
test_equal_earth(void **state)
{
	static const struct {
		double	 lon, lat, x, y;
	} e[] = {
		{ 180, 0, 2.7066299836960743, 0 },
		{ 0, 90, 0, 1.317362759157413 },
		{ 180, 90, 1.6035886482840511, 1.317362759157413 },
		{ -180, -90, -1.6035886482840511, -1.317362759157413 },
		{ 22.2666, 60.4518, 0.2511037803882735, 1.0943474053315365 },
		{ -171.7667, -13.8333, -2.546964276933314, -0.2788080219807604 },
		{ 90, 45, 1.1598544991029835, 0.8602310855220102 },
	};
	size_t i;
	double x, y, x1, y1, x2, y2, h = 1e-4, jac, lat;

	(void)state;
	for (i = 0; i < sizeof(e) / sizeof(e[0]); i++) {
		geo_project(PROJ_EQUAL_EARTH, e[i].lon, e[i].lat, &x, &y);
		assert_near(x, e[i].x, 1e-12);
		assert_near(y, e[i].y, 1e-12);
	}
	geo_project_extent(PROJ_EQUAL_EARTH, &x, &y);
	assert_near(x, 2.7066299836960743, 1e-12);
	assert_near(y, 1.317362759157413, 1e-12);

	/*
	 * Equal area, which the polynomial is built to be: the Jacobian
	 * of (lon, lat) -> (x, y) in radians is cos(lat) everywhere, by
	 * central differences (error of order h^2).
	 */
	for (lat = -80; lat <= 80; lat += 10) {
		geo_project(PROJ_EQUAL_EARTH, 30 + h, lat, &x1, &y1);
		geo_project(PROJ_EQUAL_EARTH, 30 - h, lat, &x2, &y2);
		jac = (x1 - x2) / (2 * h * RAD);
		geo_project(PROJ_EQUAL_EARTH, 30, lat + h, &x1, &y1);
		geo_project(PROJ_EQUAL_EARTH, 30, lat - h, &x2, &y2);
		jac *= (y1 - y2) / (2 * h * RAD);
		/* dx/dlat * dy/dlon: y does not depend on lon. */
		assert_near(jac, cos(lat * RAD), 1e-8);
	}
}

static void
test_other_projections(void **state)
{
	double x, y;

	(void)state;
	geo_project(PROJ_EQUIRECTANGULAR, -180, 45, &x, &y);
	assert_near(x, -PI, 1e-15);
	assert_near(y, PI / 4, 1e-15);
	geo_project_extent(PROJ_EQUIRECTANGULAR, &x, &y);
	assert_near(x, PI, 1e-15);
	assert_near(y, PI / 2, 1e-15);

	/* Mercator by asinh(tan(lat)), the other form of its y. */
	geo_project(PROJ_MERCATOR, 22.2666, 60.4518, &x, &y);
	assert_near(x, 22.2666 * RAD, 1e-15);
	assert_near(y, asinh(tan(60.4518 * RAD)), 1e-12);
	assert_near(y, 1.3328375471386904, 1e-12);
	/* Clamped at 85.05113, where the map is square: y = pi. */
	geo_project(PROJ_MERCATOR, 0, 90, &x, &y);
	assert_near(y, 3.1415929004566103, 1e-12);
	assert_near(y, PI, 1e-6);
	geo_project(PROJ_MERCATOR, 0, -89, &x, &y);
	assert_near(y, -3.1415929004566103, 1e-12);
	geo_project_extent(PROJ_MERCATOR, &x, &y);
	assert_near(x, PI, 1e-15);
	assert_near(y, PI, 1e-6);
}

static void
test_projection_names(void **state)
{
	int p;

	(void)state;
	assert_int_equal(projection_from_name("equal-earth"), PROJ_EQUAL_EARTH);
	assert_int_equal(projection_from_name("equirectangular"),
	    PROJ_EQUIRECTANGULAR);
	assert_int_equal(projection_from_name("mercator"), PROJ_MERCATOR);
	assert_int_equal(projection_from_name("Mercator"), -1);
	assert_int_equal(projection_from_name(""), -1);
	assert_int_equal(projection_from_name("robinson"), -1);
	for (p = 0; p < PROJ_COUNT; p++) {
		assert_int_equal(projection_from_name(projection_name(p)), p);
		assert_non_null(strstr(PROJECTION_NAMES, projection_name(p)));
	}
}

static void
test_world_table(void **state)
{
	const struct world_country *c;
	const struct world_point *pt;
	size_t i, r, n, k, rings = 0, points = 0;
	int lon0;

	(void)state;
	assert_int_equal(world_countries_len, 177);
	for (i = 0; i < world_countries_len; i++) {
		c = &world_countries[i];
		assert_true(c->nrings >= 1);
		assert_int_equal(c->first_ring, rings);
		rings += c->nrings;
		if (i > 0)
			assert_true(strcmp(world_countries[i - 1].code,
			    c->code) < 0);
		assert_ptr_equal(world_find(c->code), c);
		for (r = c->first_ring; r < c->first_ring + c->nrings; r++) {
			pt = world_ring(r, &n);
			assert_true(n >= 4);
			assert_true(pt[0].lon == pt[n - 1].lon &&
			    pt[0].lat == pt[n - 1].lat);
			points += n;
			for (k = 0; k < n; k++) {
				assert_true(abs(pt[k].lon) <= 180 * WORLD_SCALE);
				assert_true(abs(pt[k].lat) <= 90 * WORLD_SCALE);
				if (k == 0)
					continue;
				/*
				 * No edge jumps across the antimeridian, but
				 * Antarctica's along the South Pole.
				 */
				lon0 = pt[k - 1].lon;
				if (abs(pt[k].lon - lon0) > 180 * WORLD_SCALE)
					assert_true(pt[k].lat == -90 *
					    WORLD_SCALE && pt[k - 1].lat ==
					    -90 * WORLD_SCALE);
			}
		}
	}
	assert_int_equal(rings, world_rings_len);
	assert_int_equal(points, world_points_len);
	assert_int_equal(world_ring_start[world_rings_len], world_points_len);

	c = world_find("FIN");
	assert_non_null(c);
	assert_string_equal(c->name, "Finland");
	pt = world_ring(c->first_ring, &n);
	assert_true(pt[0].lat > 59 * WORLD_SCALE && pt[0].lat < 71 * WORLD_SCALE);
	assert_non_null(world_find("RUS"));
	assert_true(world_find("RUS")->nrings > 5);
	assert_non_null(world_find("Kosovo"));
	assert_null(world_find("XXX"));
	assert_null(world_find(""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_arc),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_equal_earth),
		cmocka_unit_test(test_other_projections),
		cmocka_unit_test(test_projection_names),
		cmocka_unit_test(test_world_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
