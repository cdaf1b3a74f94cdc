package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantNotice;

/**
 * An alert on a participant's FIT series. Raw scores, cutoffs and reliable change only,
 * with the thresholds of {@link FitProperties}; never an expected-treatment-response
 * curve. Each kind names its message, which takes the value and what it is compared with.
 */
public record FitAlert(Kind kind, BigDecimal value, BigDecimal reference) {

	/** The kinds of alert, with how each looks. */
	public enum Kind {

		/** The latest SRS is below the alliance threshold. */
		SRS_BELOW_ALLIANCE(ParticipantNotice.Tone.WARNING, "fit.alert.SRS_BELOW_ALLIANCE"),
		/** The latest SRS dropped by the threshold or more since the previous one. */
		SRS_DROP(ParticipantNotice.Tone.WARNING, "fit.alert.SRS_DROP"),
		/** The latest ORS is reliably below the first ORS. */
		ORS_DETERIORATION(ParticipantNotice.Tone.WARNING, "fit.alert.ORS_DETERIORATION"),
		/** The latest ORS is reliably above the first ORS: good news. */
		ORS_IMPROVEMENT(ParticipantNotice.Tone.GOOD, "fit.alert.ORS_IMPROVEMENT"),
		/** An active participant has had no session for the number of days set. */
		NO_RECENT_FIT(ParticipantNotice.Tone.INFO, "fit.alert.NO_RECENT_FIT");

		private final ParticipantNotice.Tone tone;

		private final String messageKey;

		Kind(ParticipantNotice.Tone tone, String messageKey) {
			this.tone = tone;
			this.messageKey = messageKey;
		}

		public ParticipantNotice.Tone tone() {
			return this.tone;
		}

	}

	public String messageKey() {
		return this.kind.messageKey;
	}

	/** The alert as a notice on the participant page or Min uke. */
	public ParticipantNotice notice(long participantId) {
		List<Object> args = new ArrayList<>();
		args.add(this.value);
		args.add(this.reference);
		return new ParticipantNotice(messageKey(), args, "/participants/" + participantId + "/fit", this.kind.tone());
	}

	/**
	 * The alerts that hold for a standing today. Boundaries: an SRS exactly at the
	 * alliance threshold is no alert; a drop or change of exactly the threshold is; no
	 * session in the last {@code daysWithoutFit} days (counting today) for someone in
	 * follow-up at least that long is.
	 */
	public static List<FitAlert> of(FitStanding s, LocalDate today, FitProperties limits) {
		List<FitAlert> alerts = new ArrayList<>();
		if (s.latestSrs() != null && s.latestSrs().compareTo(limits.alliance()) < 0) {
			alerts.add(new FitAlert(Kind.SRS_BELOW_ALLIANCE, s.latestSrs(), limits.alliance()));
		}
		if (s.latestSrs() != null && s.previousSrs() != null
				&& s.previousSrs().subtract(s.latestSrs()).compareTo(limits.srsDrop()) >= 0) {
			alerts.add(new FitAlert(Kind.SRS_DROP, s.latestSrs(), s.previousSrs()));
		}
		if (s.firstOrs() != null && s.latestOrs() != null) {
			BigDecimal change = s.latestOrs().subtract(s.firstOrs());
			if (change.negate().compareTo(limits.reliableChange()) >= 0) {
				alerts.add(new FitAlert(Kind.ORS_DETERIORATION, s.latestOrs(), s.firstOrs()));
			}
			else if (change.compareTo(limits.reliableChange()) >= 0) {
				alerts.add(new FitAlert(Kind.ORS_IMPROVEMENT, s.latestOrs(), s.firstOrs()));
			}
		}
		LocalDate since = today.minusDays(limits.daysWithoutFit());
		if (s.active() && s.activeSince() != null && !s.activeSince().isAfter(since)
				&& (s.lastSession() == null || !s.lastSession().isAfter(since))) {
			alerts.add(new FitAlert(Kind.NO_RECENT_FIT, BigDecimal.valueOf(limits.daysWithoutFit()), null));
		}
		return alerts;
	}

}
