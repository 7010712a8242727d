/*
 * pipeline.h: hand the batches of records from the parser to a reader.
 *
 * Parsing a file (libcsv, encoding, lines) and reading its records into
 * the registry (checking, folding, hash tables) take about the same time
 * for a large registry; on a machine with a second core the reader runs
 * on a thread of its own, a few batches behind the parser.  The records
 * are read in the order of the file either way, so the registry and every
 * message are the same as with one thread.  A file of one batch or less
 * is read on the calling thread: a thread would cost more than it saves.
 */
#ifndef TWIN_PIPELINE_H
#define TWIN_PIPELINE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "records.h"
#include "scratch.h"

/*
 * Eight batches in the ring, rather than four, of half as many records
 * for a small file (records.h): the parser, which the prefault thread
 * takes the core of now and then, keeps the reader fed through those
 * pauses.  Paired rounds against the libcsv floor: world 1.88x against
 * 1.95x, 10k synthetic rows 1.58x against 1.62x, 100k 1.43x against
 * 1.51x; at a million rows (batches of 512) 330 ms against 347 ms.
 */
#define PIPELINE_BATCHES 8

struct pipeline {
	struct reader	*reader;
	struct batch	 batches[PIPELINE_BATCHES];
	struct scratch	*scratch;	/* that lent the batches records, or NULL */
	size_t		 filling;	/* the batch the parser fills */
	bool		 threaded;
	/* Written under lock: batches handed on, batches read, no more to
	 * come.  The parser also looks at read without the lock
	 * (pipeline_behind()), the reader at pushed and done (batch_ready()). */
	atomic_size_t	 pushed;
	atomic_size_t	 read;
	atomic_bool	 done;
	bool		 parser_waits;	/* under lock: for room in the ring */
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;
};

void	 pipeline_start(struct pipeline *, struct reader *);

/* The batch to add records and messages to. */
static inline struct batch *
pipeline_batch(struct pipeline *p)
{
	return &p->batches[p->filling];
}

/* Is the batch being filled full: would pipeline_push() hand it on? */
static inline bool
pipeline_full(const struct pipeline *p)
{
	const struct batch *b = &p->batches[p->filling];

	return b->n >= b->full || b->len >= BATCH_TEXT;
}

/*
 * Lend the batches their records from a scratch page, cleared when the
 * pipeline finishes: for a file of PIPELINE_SCRATCH_MIN bytes or more, a
 * thousand rows or so, which fill every batch of the ring (of 128 records
 * below SMALL_FILE_ROWS).  The records of a smaller file take fewer pages
 * than the fault of a huge one costs.
 */
#define PIPELINE_SCRATCH_MIN ((size_t)64 << 10)
/*
 * The text each batch is lent there, after the records: 16 KiB holds
 * a batch of Wikipedia's lists (256 rows, 9 KB); a batch of longer rows
 * grows out of it once, and keeps what it grew to.
 */
#define BATCH_TEXT_ROOM ((size_t)16 << 10)
void	 pipeline_use_scratch(struct pipeline *, struct scratch *);

/* Size the batches for a file of about this many rows (BATCH_RECORDS). */
void	 pipeline_expect(struct pipeline *, size_t rows);

/*
 * Is the reader two batches or more behind the parser, which then has
 * time for work that either could do?  False without a thread.
 */
static inline bool
pipeline_behind(struct pipeline *p)
{
	return p->threaded && p->pushed - atomic_load_explicit(&p->read,
	    memory_order_relaxed) >= 2;
}

/* When pipeline_push() hands the batch being filled on. */
enum push {
	PUSH_FULL,	/* if it is full */
	PUSH_NOW,	/* now, to the reader's thread, started if need be */
	PUSH_LAST,	/* now: the last, read here if no thread was started */
};

/*
 * Hand the batch on to be read, as when says.  True when the reader has
 * stopped at an error: parsing can stop too.
 */
bool	 pipeline_push(struct pipeline *, enum push when);

/* Read what is left, wait for the reader, free the batches and clear
 * the scratch page they were lent from. */
void	 pipeline_finish(struct pipeline *);

#endif
