package no.kommune.housingfirst.visitlog;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept weeks with contact (V043) re-counted from the first week a page asks for. */
class ContactWeeksTest {

	@Test
	void theKeptBitsAreCountedFromTheFirstWeekAsked() {
		// Contact in the latest week (2026-W53, a 53-week year), the week before, and
		// 16 weeks before it; asked from 2026-W40 over 15 weeks more.
		IsoWeek latest = new IsoWeek(2026, 53);
		long kept = 1L | (1L << 1) | (1L << 16);
		long counted = ContactWeeks.from(new IsoWeek(2026, 40), 15, latest, kept);
		// W53 is 13 weeks after W40, W52 12; W37 (16 before W53) is before W40.
		assertThat(counted).isEqualTo((1L << 13) | (1L << 12));
	}

	@Test
	void aLatestContactBeforeTheFirstWeekLeavesNothing() {
		assertThat(ContactWeeks.from(new IsoWeek(2027, 2), 15, new IsoWeek(2027, 1), 1L)).isZero();
	}

	@Test
	void nothingPastTheSpanCounts() {
		// The latest contact 20 weeks after the first week asked, the span 15.
		IsoWeek first = new IsoWeek(2026, 1);
		assertThat(ContactWeeks.from(first, 15, first.plus(20), 1L | (1L << 5) | (1L << 6)))
			.isEqualTo(1L << 15 | 1L << 14);
	}

	@Test
	void aLatestContactFarAheadLeavesNothing() {
		// 200 weeks after the first week asked: every kept week is past the span (Java
		// would shift by 200 mod 64 if asked to).
		assertThat(ContactWeeks.from(new IsoWeek(2026, 1), 15, new IsoWeek(2026, 1).plus(200), -1L)).isZero();
		assertThat(ContactWeeks.from(new IsoWeek(2026, 1), 15, new IsoWeek(2026, 1).plus(78), -1L)).isEqualTo(1L << 15);
	}

	@Test
	void equalsWeekByWeekCountingForRandomBits() {
		Random random = new Random(43);
		IsoWeek first = new IsoWeek(2025, 50);
		for (int i = 0; i < 5_000; i++) {
			long kept = random.nextLong() | 1L;
			IsoWeek latest = first.plus(random.nextInt(400) - 70);
			int span = random.nextInt(64);
			long expected = 0;
			for (int bit = 0; bit < 64; bit++) {
				if ((kept & (1L << bit)) != 0) {
					long after = first.weeksUntil(latest.plus(-bit));
					if (after >= 0 && after <= span) {
						expected |= 1L << after;
					}
				}
			}
			assertThat(ContactWeeks.from(first, span, latest, kept)).as("kept %x latest %s span %d", kept, latest, span)
				.isEqualTo(expected);
		}
	}

}
