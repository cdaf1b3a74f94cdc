package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing service's register of units: search, register (exactly once per
 * submission), describe, change status; every change kept in the unit's history with who
 * made it.
 */
@Service
@Transactional
public class HousingUnits {

	public static final int PAGE_SIZE = 25;

	/**
	 * How far back a "ledig fra" date may be set: a unit free since longer ago is simply
	 * available, and an older date is most likely a typing error.
	 */
	public static final int AVAILABLE_FROM_YEARS_BACK = 1;

	/**
	 * How far ahead a "ledig fra" date may be set: the housing service plans vacancies
	 * and new buildings up to about two years ahead; later dates are typing errors.
	 */
	public static final int AVAILABLE_FROM_YEARS_AHEAD = 2;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final HousingUnitRepository units;

	private final NamedParameterJdbcTemplate jdbc;

	private final Districts districts;

	private final UnitHistory history;

	private final HousingUnitChangeRepository changes;

	private final StaffDirectory staff;

	private final Clock clock;

	HousingUnits(HousingUnitRepository units, NamedParameterJdbcTemplate jdbc, Districts districts, UnitHistory history,
			HousingUnitChangeRepository changes, StaffDirectory staff, Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.districts = districts;
		this.history = history;
		this.changes = changes;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * One page of units, each with its building's Housing First share, in two queries.
	 */
	@Transactional(readOnly = true)
	public Page<UnitRow> search(UnitSearch search) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (search.district() != null && !search.district().isBlank()) {
			where.append(" AND u.district = :district");
			params.addValue("district", search.district().strip());
		}
		if (search.minRooms() != null) {
			where.append(" AND u.rooms >= :rooms");
			params.addValue("rooms", search.minRooms());
		}
		if (search.status() != null) {
			where.append(" AND u.status = :status");
			params.addValue("status", search.status().name());
		}
		if (search.availableBy() != null) {
			where.append(" AND u.available_from <= :availableBy");
			params.addValue("availableBy", search.availableBy());
		}
		PageRequest request = PageRequest.of(Math.max(search.page(), 0), PAGE_SIZE);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM housing_unit u" + where, params, Long.class);
		List<UnitRow> rows = rows(where.toString(), params, search.sort(), PAGE_SIZE, request.getOffset());
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	/**
	 * Units that can be offered (available or reserved for Housing First), optionally in
	 * one district.
	 */
	@Transactional(readOnly = true)
	public List<UnitRow> offerable(String district) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = " WHERE u.status IN ('AVAILABLE', 'RESERVED_HF')";
		if (district != null && !district.isBlank()) {
			where += " AND u.district = :district";
			params.addValue("district", district.strip());
		}
		return rows(where, params, UnitSort.DISTRICT, 100, 0);
	}

	private List<UnitRow> rows(String where, MapSqlParameterSource params, UnitSort sort, int limit, long offset) {
		// The order comes from the enum, never from the request's text.
		String order = switch (sort) {
			case AVAILABLE_FROM -> " ORDER BY u.available_from NULLS LAST, u.district, u.street_address,"
					+ " u.unit_label NULLS FIRST, u.id";
			case DISTRICT -> " ORDER BY u.district, u.street_address, u.unit_label NULLS FIRST, u.id";
		};
		return this.jdbc.query(
				"""
						SELECT u.id, u.street_address, u.unit_label, u.postcode, u.district, u.kind, u.rooms,
						       u.monthly_rent_kroner, u.status, u.available_from, u.building_key, b.units, b.hf
						FROM housing_unit u
						JOIN (SELECT building_key, max(building_units) AS units,
						             count(*) FILTER (WHERE status = 'ALLOCATED'
						                              OR (status = 'LET' AND let_to_housing_first)) AS hf
						      FROM housing_unit GROUP BY building_key) b ON b.building_key = u.building_key""" + where
						+ order + " LIMIT " + limit + " OFFSET " + offset,
				params,
				(rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("street_address"), rs.getString("unit_label"),
						rs.getString("postcode"), rs.getString("district"), UnitKind.valueOf(rs.getString("kind")),
						rs.getInt("rooms"), rs.getInt("monthly_rent_kroner"),
						UnitStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("units"), rs.getInt("hf"),
						rs.getObject("available_from", LocalDate.class), rs.getString("building_key")));
	}

	/** The municipality's districts, active or not: for filters over the register. */
	@Transactional(readOnly = true)
	public List<String> districts() {
		return this.districts.allNames();
	}

	@Transactional(readOnly = true)
	public HousingUnit get(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("housing unit"));
	}

	/**
	 * The unit's page: details, status, the districts its form offers and its history,
	 * newest save first (the fields of one save in the form's order), with the names of
	 * who made each change.
	 */
	@Transactional(readOnly = true)
	public UnitPage page(long id) {
		HousingUnit unit = get(id);
		UnitDetails details = unit.details();
		List<HousingUnitChange> lines = this.changes.findByUnitIdOrderByChangedAtDescIdAsc(id);
		Set<Long> people = new HashSet<>();
		lines.forEach((line) -> people.add(line.getChangedBy()));
		Map<Long, String> names = this.staff.namesOf(people);
		return new UnitPage(id, unit.getVersion(), unit.getStatus(), unit.address(), details,
				this.districts.choicesFor(List.of(details.district())),
				lines.stream()
					.map((line) -> new UnitPage.ChangeLine(line.getChangedAt(), names.get(line.getChangedBy()),
							line.getField(), shown(line.getField(), line.getOldValue()),
							shown(line.getField(), line.getNewValue())))
					.toList());
	}

	/**
	 * Registers a unit once per submission key: the same key again (a double click, a
	 * retry, a reload) returns the unit already registered instead of making another.
	 */
	public long register(CurrentUser user, UUID submissionKey, UnitDetails details) {
		Optional<HousingUnit> earlier = this.units.findBySubmissionKey(submissionKey);
		if (earlier.isPresent()) {
			return earlier.get().getId();
		}
		this.districts.requireUsable(details.district(), null);
		checkAvailableFrom(details.availableFrom(), null);
		HousingUnit unit = this.units.saveAndFlush(new HousingUnit(details, submissionKey));
		this.history.registered(unit, user.id());
		return unit.getId();
	}

	/** The unit registered under a submission key, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> findBySubmission(UUID submissionKey) {
		return this.units.findBySubmissionKey(submissionKey).map(HousingUnit::getId);
	}

	public void describe(CurrentUser user, long id, int version, UnitDetails details) {
		HousingUnit unit = get(id);
		if (unit.getVersion() != version) {
			throw new StaleUnitException();
		}
		UnitDetails before = unit.details();
		this.districts.requireUsable(details.district(), before.district());
		checkAvailableFrom(details.availableFrom(), before.availableFrom());
		unit.describe(details);
		this.units.flush();
		this.history.record(unit, user.id());
	}

	public void reserveForHousingFirst(CurrentUser user, long id) {
		HousingUnit unit = get(id);
		unit.reserveForHousingFirst();
		this.history.record(unit, user.id());
	}

	public void makeAvailable(CurrentUser user, long id) {
		HousingUnit unit = get(id);
		unit.makeAvailable();
		this.history.record(unit, user.id());
	}

	public void makeUnavailable(CurrentUser user, long id) {
		HousingUnit unit = get(id);
		unit.makeUnavailable();
		this.history.record(unit, user.id());
	}

	public boolean isEmpty() {
		return this.units.count() == 0;
	}

	/**
	 * A new or changed "ledig fra" date must be within a year back and two years ahead;
	 * an unchanged one stays, however old it has become.
	 */
	private void checkAvailableFrom(LocalDate date, LocalDate before) {
		if (date == null || date.equals(before)) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate earliest = today.minusYears(AVAILABLE_FROM_YEARS_BACK);
		LocalDate latest = today.plusYears(AVAILABLE_FROM_YEARS_AHEAD);
		if (date.isBefore(earliest) || date.isAfter(latest)) {
			throw new HousingRuleException("availableFrom", "housing.unit.availableFrom.outside", earliest.format(DAY),
					latest.format(DAY));
		}
	}

	/** Dates in the history as people write them; other values stay as stored. */
	private static String shown(String field, String value) {
		return ("availableFrom".equals(field) && value != null) ? LocalDate.parse(value).format(DAY) : value;
	}

}
