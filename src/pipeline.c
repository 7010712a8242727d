/*
 * pipeline.c: a ring of PIPELINE_BATCHES batches.  The parser fills batch
 * pushed % N while the reader reads batches read .. pushed - 1; the parser
 * waits when all N are full, the reader when none is.
 */
#include <stdlib.h>

#include "cores.h"
#include "pipeline.h"

void
pipeline_start(struct pipeline *p, struct reader *reader)
{
	size_t i;

	p->reader = reader;
	p->scratch = NULL;
	for (i = 0; i < PIPELINE_BATCHES; i++)
		p->batches[i] = (struct batch){ .full = BATCH_RECORDS };
	p->filling = 0;
	p->threaded = false;
	p->parser_waits = false;
	atomic_init(&p->pushed, 0);
	atomic_init(&p->read, 0);
	atomic_init(&p->done, false);
}

void
pipeline_use_scratch(struct pipeline *p, struct scratch *s)
{
	struct record *records;
	char *text;
	size_t i;

	p->scratch = s;
	for (i = 0; i < PIPELINE_BATCHES; i++) {
		records = scratch_calloc(s, BATCH_ROOM(BATCH_RECORDS),
		    sizeof(*records));
		if (records == NULL)
			break;		/* the others make their own */
		batch_lend(&p->batches[i], records, BATCH_ROOM(BATCH_RECORDS));
	}
	for (i = 0; i < PIPELINE_BATCHES; i++) {
		text = scratch_calloc(s, BATCH_TEXT_ROOM, 1);
		if (text == NULL)
			break;
		batch_lend_text(&p->batches[i], text, BATCH_TEXT_ROOM);
	}
}

void
pipeline_expect(struct pipeline *p, size_t rows)
{
	size_t i;

	if (rows >= SMALL_FILE_ROWS)
		return;
	for (i = 0; i < PIPELINE_BATCHES; i++)
		p->batches[i].full = SMALL_BATCH_RECORDS;
}

/*
 * A parser that finds the ring full sleeps until the reader has this
 * many batches left, not one fewer: a parser faster than its reader
 * would be woken at each batch read, a system call of the reader's and
 * a wake-up of the parser's each time (at a million rows, 1,300 of them:
 * the reader's thread took 10% longer).
 */
#define RESUME_AT (PIPELINE_BATCHES / 2)

/*
 * How long the reader looks for a batch before it sleeps (spin_until()):
 * a batch of the world registry takes 40 us to parse.  The reader waits
 * so for its first batch and wherever it catches up with the parser; a
 * longer wait (a line of a gigabyte, a slow pipe) goes on asleep, under
 * the lock.  The parser sleeps when it is ahead: its core is then the
 * prefault thread's (prefault.h), and spinning there was no faster.
 */
#define AWAIT_NS 1000000

/* Is there a batch for the reader, or word that none will come? */
static bool
batch_ready(void *arg)
{
	struct pipeline *p = arg;

	return atomic_load_explicit(&p->pushed, memory_order_relaxed) !=
	    atomic_load_explicit(&p->read, memory_order_relaxed) ||
	    atomic_load_explicit(&p->done, memory_order_relaxed);
}


static void *
read_batches(void *arg)
{
	struct pipeline *p = arg;
	size_t next;

	for (;;) {
		(void)spin_until(batch_ready, p, AWAIT_NS);
		pthread_mutex_lock(&p->lock);
		while (p->read == p->pushed && !p->done)
			pthread_cond_wait(&p->changed, &p->lock);
		if (p->read == p->pushed) {
			pthread_mutex_unlock(&p->lock);
			break;
		}
		next = p->read % PIPELINE_BATCHES;
		pthread_mutex_unlock(&p->lock);
		reader_read(p->reader, &p->batches[next]);
		pthread_mutex_lock(&p->lock);
		p->read++;
		if (p->parser_waits && p->pushed - p->read <= RESUME_AT)
			pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
	}
	return NULL;
}

/* Start the reader's thread; false where there is no core for it. */
static bool
start_reader(struct pipeline *p)
{
	if (!second_core())
		return false;
	if (pthread_mutex_init(&p->lock, NULL) != 0)
		return false;
	if (pthread_cond_init(&p->changed, NULL) != 0) {
		pthread_mutex_destroy(&p->lock);
		return false;
	}
	if (!start_thread(&p->thread, read_batches, p)) {
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
		return false;
	}
	return p->threaded = true;
}

/* Checked once a batch: a stop seen a few records late costs only those
 * records, which the reader skips. */
static bool
stopped(const struct pipeline *p)
{
	return atomic_load_explicit(&p->reader->stop, memory_order_relaxed);
}

bool
pipeline_push(struct pipeline *p, enum push when)
{
	struct batch *b = &p->batches[p->filling];

	if (when == PUSH_FULL ? !pipeline_full(p) : b->n == 0)
		return false;
	/* A file of less than a batch is read without a thread. */
	if (!p->threaded && (when == PUSH_LAST || !start_reader(p))) {
		reader_read(p->reader, b);
		batch_clear(b);
		return stopped(p);
	}
	pthread_mutex_lock(&p->lock);
	p->pushed++;
	pthread_cond_broadcast(&p->changed);
	if (p->pushed - p->read >= PIPELINE_BATCHES) {
		p->parser_waits = true;
		while (p->pushed - p->read > RESUME_AT)
			pthread_cond_wait(&p->changed, &p->lock);
		p->parser_waits = false;
	}
	pthread_mutex_unlock(&p->lock);
	p->filling = p->pushed % PIPELINE_BATCHES;
	b = &p->batches[p->filling];
	batch_clear(b);
	return stopped(p);
}

void
pipeline_finish(struct pipeline *p)
{
	size_t i;

	pipeline_push(p, PUSH_LAST);
	if (p->threaded) {
		pthread_mutex_lock(&p->lock);
		p->done = true;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
		join_thread(p->thread);
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
		p->threaded = false;
	}
	for (i = 0; i < PIPELINE_BATCHES; i++)
		batch_free(&p->batches[i]);
	if (p->scratch != NULL)
		scratch_clear(p->scratch);
}
