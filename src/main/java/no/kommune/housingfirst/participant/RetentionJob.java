package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kommune.housingfirst.audit.AuditRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job (docs/adr/0015): on its schedule, erases the personal data of every
 * participant who exited longer ago than {@code housingfirst.retention.after-exit}, a
 * batch per transaction, then purges audit rows older than
 * {@code housingfirst.retention.audit-trail}. Two instances of the application may both
 * start it: each batch first takes a transaction-scoped advisory lock, and the one that
 * does not get it stops. The log names no one: participant ids and counts only. With
 * {@code housingfirst.retention.dry-run=true} it only logs what it would erase.
 */
@Component
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.retention");

	private final ParticipantErasures erasures;

	private final AuditRetention auditRetention;

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionJob(ParticipantErasures erasures, AuditRetention auditRetention, RetentionProperties properties,
			Clock clock) {
		this.erasures = erasures;
		this.auditRetention = auditRetention;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${housingfirst.retention.cron:0 30 2 * * *}", zone = "Europe/Oslo")
	void scheduled() {
		if (!this.properties.enabled()) {
			return;
		}
		if (this.properties.dryRun()) {
			dryRun(this.clock);
			return;
		}
		run(this.clock);
	}

	/** Logs what a run would erase now, changing nothing. */
	public RetentionPreview dryRun(Clock at) {
		RetentionPreview preview = this.erasures.preview(LocalDate.now(at));
		log.info("retention dry run: would erase {} participant(s) exited before {}: ids={} counts={}",
				preview.participants().size(), preview.exitedBefore(),
				preview.participants().stream().map(ErasureCandidate::id).toList(), preview.counts());
		return preview;
	}

	/**
	 * One run as of the clock's day: every batch until none is left (or another instance
	 * holds the lock), then the audit trail's purge.
	 */
	public Outcome run(Clock at) {
		LocalDate today = LocalDate.now(at);
		List<Long> erased = new ArrayList<>();
		Map<String, Integer> counts = new TreeMap<>();
		Set<Long> failed = new TreeSet<>();
		int size = this.properties.batchSize();
		boolean ran = true;
		while (true) {
			// After a failed batch, one participant at a time: the one whose erasure
			// fails is skipped for this run (and named in the log), the rest are erased,
			// and the audit trail's purge still runs.
			List<Long> next = (size == 1) ? this.erasures.due(today, failed, 1) : List.of();
			ParticipantErasures.Batch batch;
			try {
				batch = this.erasures.eraseBatch(today, failed, size);
			}
			catch (RuntimeException ex) {
				if (size > 1) {
					log.warn("retention: a batch failed ({}); going on one participant at a time", describe(ex));
					size = 1;
					continue;
				}
				if (next.isEmpty()) {
					throw ex;
				}
				failed.add(next.get(0));
				log.error("retention: erasing participant id={} failed ({}); skipped in this run", next.get(0),
						describe(ex));
				continue;
			}
			if (!batch.ran()) {
				ran = false;
				log.info("retention: another instance is running the job; this one stops");
				break;
			}
			if (batch.erased().isEmpty()) {
				break;
			}
			erased.addAll(batch.erased());
			batch.counts().forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
			log.info("retention: erased {} participant(s) ids={} counts={}", batch.erased().size(), batch.erased(),
					batch.counts());
		}
		long purged = 0;
		if (ran) {
			purged = this.auditRetention
				.purgeBefore(ZonedDateTime.now(at).minus(this.properties.auditTrail()).toInstant());
			log.info("retention: {} participant(s) erased, {} audit row(s) purged", erased.size(), purged);
		}
		if (!failed.isEmpty()) {
			log.error("retention: {} participant(s) could not be erased and are due again next run: ids={}",
					failed.size(), failed);
		}
		return new Outcome(ran, List.copyOf(erased), counts, purged, List.copyOf(failed));
	}

	/**
	 * What went wrong, without the database's detail (which may quote a value from the
	 * row): the exception's kind and, for SQL, its state.
	 */
	private static String describe(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String state = (cause instanceof java.sql.SQLException sql) ? " SQLState " + sql.getSQLState() : "";
		return ex.getClass().getSimpleName() + state;
	}

	/**
	 * What a run did.
	 *
	 * @param ran false when another instance held the lock
	 * @param erased participants erased
	 * @param counts per kind of data, how many records were emptied
	 * @param auditRowsPurged audit rows deleted by the trail's own retention
	 * @param failed participants whose erasure failed and who were skipped (due again
	 * next run)
	 */
	public record Outcome(boolean ran, List<Long> erased, Map<String, Integer> counts, long auditRowsPurged,
			List<Long> failed) {
	}

}
