package no.kommune.housingfirst.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import no.kommune.housingfirst.fit.FitDetails;
import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.fit.ScaleScores;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * FIT series for most demo participants in follow-up, a session every other week over the
 * last months, recorded through the FIT service. The first ones tell the stories the
 * alerts are for: one improving reliably, one deteriorating, one whose latest SRS is low,
 * one without FIT for over 30 days. Its own random numbers, so the rest of the demo data
 * stays as it was.
 */
@Component
@Profile({ "trial", "demo" })
class DemoFit {

	/** The stories, in the order the participants come. */
	private enum Story {

		IMPROVING, DETERIORATING, SRS_ALERT, NO_RECENT_FIT, STEADY, NONE

	}

	private final FitService fit;

	private int told;

	DemoFit(FitService fit) {
		this.fit = fit;
	}

	/**
	 * A series for a participant in follow-up since {@code included}; those followed for
	 * less than three months get none or a steady one.
	 */
	void series(CurrentUser caseworker, long participantId, LocalDate included, LocalDate today, int index) {
		Random random = new Random(2026L * 31 + participantId);
		boolean long3Months = !included.isAfter(today.minusDays(90));
		Story story = (long3Months && this.told < 4) ? Story.values()[this.told++]
				: (index % 5 == 3 || included.isAfter(today.minusDays(21))) ? Story.NONE : Story.STEADY;
		if (story == Story.NONE) {
			return;
		}
		LocalDate last = (story == Story.NO_RECENT_FIT) ? today.minusDays(45) : today.minusDays(random.nextInt(6));
		int sessions = 8;
		LocalDate first = last.minusWeeks(2L * (sessions - 1));
		if (first.isBefore(included.plusDays(7))) {
			first = included.plusDays(7);
		}
		int k = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusWeeks(2), k++) {
			// Item marks in tenths: a level per story, a trend per session, a little
			// noise.
			int ors = switch (story) {
				case IMPROVING -> 38 + 4 * k;
				case DETERIORATING -> 64 - 4 * k;
				default -> 58 + random.nextInt(9) - 4;
			};
			int srs = switch (story) {
				case SRS_ALERT -> (day.plusWeeks(2).isAfter(last)) ? 82 : 95;
				default -> 93 + random.nextInt(5);
			};
			this.fit.record(caseworker, participantId, UUID.randomUUID(),
					new FitDetails(day, null, scale(ors, random), scale(srs, random)));
		}
	}

	/** Four items around a level (in tenths), each 0–10 with one decimal. */
	private static ScaleScores scale(int level, Random random) {
		BigDecimal[] items = new BigDecimal[4];
		for (int i = 0; i < 4; i++) {
			int tenths = Math.max(0, Math.min(100, level + random.nextInt(5) - 2));
			items[i] = BigDecimal.valueOf(tenths, 1);
		}
		return new ScaleScores(items[0], items[1], items[2], items[3]);
	}

}
