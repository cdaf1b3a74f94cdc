package no.kommune.housingfirst.visitlog;

/**
 * A participant's weeks with contact as kept beside their latest contact (V043): bit i
 * set when there was contact i weeks before the week of the latest contact, 64 weeks in
 * all.
 */
final class ContactWeeks {

	private ContactWeeks() {
	}

	/**
	 * The kept weeks re-counted from another week: bit j set when there was contact j
	 * weeks after {@code first}, for j from 0 to {@code span} (at most 63).
	 * @param first the week bit 0 of the answer stands for
	 * @param span the last bit of the answer
	 * @param latest the week of the latest contact, bit 0 of {@code kept}
	 * @param kept the kept bits
	 */
	static long from(IsoWeek first, int span, IsoWeek latest, long kept) {
		long shift = first.weeksUntil(latest);
		// Every kept week before the first asked, or after the last (a contact dated
		// ahead, as only rows written around the application could be).
		if (shift < 0 || shift - 63 > span) {
			return 0;
		}
		// Bit i of kept stands for the week shift - i after first: reversed, bit i
		// is at 63 - i, which is shift - i once moved by 63 - shift.
		long reversed = Long.reverse(kept);
		long counted = (shift <= 63) ? reversed >>> (63 - shift) : reversed << (shift - 63);
		return (span >= 63) ? counted : counted & ((1L << (span + 1)) - 1);
	}

}
