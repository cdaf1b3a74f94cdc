package no.kommune.housingfirst.participant;

/**
 * A caseload list request. Everything optional; {@code sort} comes from an allow-list and
 * the page size is fixed, so a request cannot ask for everything at once.
 *
 * @param query part of a name, or a birth date (dd.mm.åååå or åååå-mm-dd)
 */
public record ParticipantSearch(String query, ParticipantStatus status, Long teamId, Long caseworkerId, Sort sort,
		boolean descending, int page) {

	/**
	 * The columns a list may be sorted by. Labels: {@code ParticipantSearch.Sort.<NAME>}.
	 */
	public enum Sort {

		NAME("p.search_name"), BIRTH_DATE("p.birth_date"), INCLUDED("p.included_on"), STATUS("p.status");

		final String column;

		Sort(String column) {
			this.column = column;
		}

	}

	public ParticipantSearch {
		sort = (sort == null) ? Sort.NAME : sort;
		page = Math.max(page, 0);
	}

	public static ParticipantSearch firstPage() {
		return new ParticipantSearch(null, null, null, null, Sort.NAME, false, 0);
	}

}
