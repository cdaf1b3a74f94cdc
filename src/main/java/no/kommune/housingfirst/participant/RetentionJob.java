package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
		boolean ran = true;
		while (true) {
			ParticipantErasures.Batch batch = this.erasures.eraseBatch(today);
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
		return new Outcome(ran, List.copyOf(erased), counts, purged);
	}

	/**
	 * What a run did.
	 *
	 * @param ran false when another instance held the lock
	 * @param erased participants erased
	 * @param counts per kind of data, how many records were emptied
	 * @param auditRowsPurged audit rows deleted by the trail's own retention
	 */
	public record Outcome(boolean ran, List<Long> erased, Map<String, Integer> counts, long auditRowsPurged) {
	}

}
