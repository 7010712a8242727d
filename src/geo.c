/*
 * geo.c: great-circle distances and arcs on a spherical Earth, cutting
 * lines at the antimeridian, and the map projections.  A sphere is close
 * enough for both uses: its distances are within about 0.5% of the
 * ellipsoid's, and a world map is drawn at a scale where the difference
 * is invisible.
 */
#include <math.h>
#include <string.h>

#include "geo.h"

/* M_PI is POSIX's XSI option, not C11's. */
#define PI	3.14159265358979323846
#define RAD	(PI / 180.0)
#define DEG	(180.0 / PI)

/* Web Mercator's edge: the latitude at which the map is square. */
#define MERCATOR_MAX_LAT 85.05113

/* Equal Earth's polynomial (Šavrič, Patterson and Jenny 2018). */
#define EE_A1	1.340264
#define EE_A2	(-0.081106)
#define EE_A3	0.000893
#define EE_A4	0.003796
#define EE_M	0.86602540378443864676	/* sqrt(3) / 2 */

/* Arcs get a point about every this many degrees. */
#define ARC_STEP_DEG 2.0

/* Below this sine of their angle two points are taken as antipodes. */
#define ANTIPODE_SIN 1e-9

/* The haversine of the central angle between two points. */
static double
haversine(double lat1, double lon1, double lat2, double lon2)
{
	double sdlat = sin((lat2 - lat1) * RAD / 2);
	double sdlon = sin((lon2 - lon1) * RAD / 2);
	double a;

	a = sdlat * sdlat + cos(lat1 * RAD) * cos(lat2 * RAD) * sdlon * sdlon;
	/* Rounding can take a past 1, where asin(sqrt(a)) has no value. */
	return a > 1 ? 1 : a < 0 ? 0 : a;
}

double
geo_distance_km(double lat1, double lon1, double lat2, double lon2)
{
	double a = haversine(lat1, lon1, lat2, lon2);

	/*
	 * The haversine is exact for near points but not for near
	 * antipodes, where a rounding of a by 1e-16 moves asin(sqrt(a)) by
	 * 1e-8 (100 m).  There, go to the antipode of the second point
	 * instead, which is near the first, and take the rest of pi.
	 */
	if (a <= 0.5)
		return 2 * GEO_EARTH_RADIUS_KM * asin(sqrt(a));
	a = haversine(lat1, lon1, -lat2, lon2 + 180);
	return GEO_EARTH_RADIUS_KM * (PI - 2 * asin(sqrt(a)));
}

static void
unit_vector(double lat, double lon, double v[3])
{
	v[0] = cos(lat * RAD) * cos(lon * RAD);
	v[1] = cos(lat * RAD) * sin(lon * RAD);
	v[2] = sin(lat * RAD);
}

static struct geo_point
from_vector(const double v[3])
{
	struct geo_point p;

	/* atan2 needs no unit length, so rounding in v costs nothing here. */
	p.lat = atan2(v[2], hypot(v[0], v[1])) * DEG;
	p.lon = atan2(v[1], v[0]) * DEG;
	return p;
}

size_t
geo_arc(double lat1, double lon1, double lat2, double lon2,
    struct geo_point *out, size_t max)
{
	double a[3], b[3], c[3], v[3], s, d, w, fa, fb;
	double steps;
	size_t n, i, k;

	if (max < 2)
		return 0;
	unit_vector(lat1, lon1, a);
	unit_vector(lat2, lon2, b);
	c[0] = a[1] * b[2] - a[2] * b[1];
	c[1] = a[2] * b[0] - a[0] * b[2];
	c[2] = a[0] * b[1] - a[1] * b[0];
	s = sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
	d = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	/* atan2 keeps the angle exact near 0 and pi, where acos(d) is not. */
	w = atan2(s, d);
	steps = ceil(w * DEG / ARC_STEP_DEG);
	n = steps < (double)(max - 1) ? (size_t)steps + 1 : max;
	if (n < 2)
		n = 2;

	/*
	 * Between antipodes the plane of a and b is not defined and slerp
	 * divides by sin w = 0: go instead from a along the northward
	 * tangent at a, which is a unit vector at right angles to a.
	 */
	if (s < ANTIPODE_SIN && d < 0) {
		b[0] = -sin(lat1 * RAD) * cos(lon1 * RAD);
		b[1] = -sin(lat1 * RAD) * sin(lon1 * RAD);
		b[2] = cos(lat1 * RAD);
		for (i = 1; i + 1 < n; i++) {
			fa = cos(PI * i / (n - 1));
			fb = sin(PI * i / (n - 1));
			for (k = 0; k < 3; k++)
				v[k] = fa * a[k] + fb * b[k];
			out[i] = from_vector(v);
		}
	} else {
		/* Identical points get n = 2, so here sin w > 0. */
		for (i = 1; i + 1 < n; i++) {
			fa = sin(w * (double)(n - 1 - i) / (n - 1)) / s;
			fb = sin(w * (double)i / (n - 1)) / s;
			for (k = 0; k < 3; k++)
				v[k] = fa * a[k] + fb * b[k];
			out[i] = from_vector(v);
		}
	}
	/* The ends as given, not as rounded through vectors. */
	out[0].lon = lon1;
	out[0].lat = lat1;
	out[n - 1].lon = lon2;
	out[n - 1].lat = lat2;
	return n;
}

/*
 * The latitude at which the great circle through a and b, which lie on
 * either side of the antimeridian, meets it.  With p and q their unit
 * vectors, |q.y| p + |p.y| q has y = 0 and lies between them, on the
 * shorter arc, so it is the crossing.
 */
static double
crossing_lat(struct geo_point a, struct geo_point b)
{
	double p[3], q[3], w[3];
	size_t k;

	unit_vector(a.lat, a.lon, p);
	unit_vector(b.lat, b.lon, q);
	for (k = 0; k < 3; k++)
		w[k] = fabs(q[1]) * p[k] + fabs(p[1]) * q[k];
	/* Both on the meridian plane: the line is the antimeridian. */
	if (fabs(w[0]) < 1e-15 && fabs(w[2]) < 1e-15)
		return a.lat;
	return atan2(w[2], fabs(w[0])) / RAD;
}

size_t
geo_split_antimeridian(const struct geo_point *in, size_t n,
    struct geo_point *out, size_t *start)
{
	struct geo_point prev, cur, x;
	double dlon;
	size_t i, k = 0, parts = 0;

	if (n == 0)
		return 0;
	start[parts++] = 0;
	out[k++] = in[0];
	for (i = 1; i < n; i++) {
		prev = out[k - 1];
		cur = in[i];
		/*
		 * 180 and -180 are one meridian: a point on it belongs to
		 * the side the line comes from, so that touching the
		 * antimeridian is no crossing, and a line that starts on it
		 * starts on the side it goes to.
		 */
		if (fabs(cur.lon) == 180 && fabs(cur.lon - prev.lon) > 180)
			cur.lon = -cur.lon;
		else if (k - start[parts - 1] == 1 && fabs(prev.lon) == 180 &&
		    fabs(cur.lon - prev.lon) > 180) {
			out[k - 1].lon = -prev.lon;
			prev = out[k - 1];
		}
		dlon = cur.lon - prev.lon;
		if (dlon > 180 || dlon < -180) {
			/* West across -180 (dlon > 180) or east across 180. */
			x.lon = dlon > 180 ? -180.0 : 180.0;
			x.lat = fabs(prev.lon) == 180 ? prev.lat :
			    crossing_lat(prev, cur);
			if (prev.lon != x.lon || prev.lat != x.lat)
				out[k++] = x;
			start[parts++] = k;
			x.lon = -x.lon;
			out[k++] = x;
		}
		out[k++] = cur;
	}
	start[parts] = k;
	return parts;
}

static const char *const projection_names[PROJ_COUNT] = {
	[PROJ_EQUAL_EARTH] = "equal-earth",
	[PROJ_EQUIRECTANGULAR] = "equirectangular",
	[PROJ_MERCATOR] = "mercator",
};

int
projection_from_name(const char *name)
{
	int p;

	for (p = 0; p < PROJ_COUNT; p++)
		if (strcmp(name, projection_names[p]) == 0)
			return p;
	return -1;
}

const char *
projection_name(enum projection p)
{
	return (unsigned)p < PROJ_COUNT ? projection_names[p] : "unknown";
}

void
geo_project(enum projection p, double lon, double lat, double *x, double *y)
{
	double lam = lon * RAD, phi, t, t2, t6;

	switch (p) {
	case PROJ_EQUAL_EARTH:
		t = asin(EE_M * sin(lat * RAD));
		t2 = t * t;
		t6 = t2 * t2 * t2;
		*x = lam * cos(t) /
		    (EE_M * (EE_A1 + 3 * EE_A2 * t2 +
		    t6 * (7 * EE_A3 + 9 * EE_A4 * t2)));
		*y = t * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
		break;
	case PROJ_MERCATOR:
		/* The poles are at infinity: cut the map where it is square. */
		if (lat > MERCATOR_MAX_LAT)
			lat = MERCATOR_MAX_LAT;
		if (lat < -MERCATOR_MAX_LAT)
			lat = -MERCATOR_MAX_LAT;
		phi = lat * RAD;
		*x = lam;
		*y = log(tan(PI / 4 + phi / 2));
		break;
	case PROJ_EQUIRECTANGULAR:
	default:
		*x = lam;
		*y = lat * RAD;
		break;
	}
}

void
geo_project_extent(enum projection p, double *xmax, double *ymax)
{
	double unused;

	geo_project(p, 180, 0, xmax, &unused);
	geo_project(p, 0, 90, &unused, ymax);
}
