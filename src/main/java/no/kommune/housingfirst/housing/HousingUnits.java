package no.kommune.housingfirst.housing;

import java.util.List;

import no.kommune.housingfirst.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The housing service's register of units: search, register, describe, change status. */
@Service
@Transactional
public class HousingUnits {

	public static final int PAGE_SIZE = 25;

	private final HousingUnitRepository units;

	private final NamedParameterJdbcTemplate jdbc;

	HousingUnits(HousingUnitRepository units, NamedParameterJdbcTemplate jdbc) {
		this.units = units;
		this.jdbc = jdbc;
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
		PageRequest request = PageRequest.of(Math.max(search.page(), 0), PAGE_SIZE);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM housing_unit u" + where, params, Long.class);
		List<UnitRow> rows = rows(where.toString(), params, PAGE_SIZE, request.getOffset());
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
		return rows(where, params, 100, 0);
	}

	private List<UnitRow> rows(String where, MapSqlParameterSource params, int limit, long offset) {
		return this.jdbc.query(
				"""
						SELECT u.id, u.street_address, u.unit_label, u.postcode, u.district, u.kind, u.rooms,
						       u.monthly_rent_kroner, u.status, b.units, b.hf
						FROM housing_unit u
						JOIN (SELECT building_key, max(building_units) AS units,
						             count(*) FILTER (WHERE status = 'ALLOCATED'
						                              OR (status = 'LET' AND let_to_housing_first)) AS hf
						      FROM housing_unit GROUP BY building_key) b ON b.building_key = u.building_key""" + where
						+ " ORDER BY u.district, u.street_address, u.unit_label NULLS FIRST, u.id LIMIT " + limit
						+ " OFFSET " + offset,
				params,
				(rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("street_address"), rs.getString("unit_label"),
						rs.getString("postcode"), rs.getString("district"), UnitKind.valueOf(rs.getString("kind")),
						rs.getInt("rooms"), rs.getInt("monthly_rent_kroner"),
						UnitStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("units"), rs.getInt("hf")));
	}

	@Transactional(readOnly = true)
	public List<String> districts() {
		return this.jdbc.getJdbcTemplate()
			.queryForList("SELECT DISTINCT district FROM housing_unit ORDER BY district", String.class);
	}

	@Transactional(readOnly = true)
	public HousingUnit get(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("housing unit"));
	}

	public long register(UnitDetails details) {
		return this.units.save(new HousingUnit(details)).getId();
	}

	public void describe(long id, int version, UnitDetails details) {
		HousingUnit unit = get(id);
		if (unit.getVersion() != version) {
			throw new StaleUnitException();
		}
		unit.describe(details);
		this.units.flush();
	}

	public void reserveForHousingFirst(long id) {
		get(id).reserveForHousingFirst();
	}

	public void makeAvailable(long id) {
		get(id).makeAvailable();
	}

	public void makeUnavailable(long id) {
		get(id).makeUnavailable();
	}

	public boolean isEmpty() {
		return this.units.count() == 0;
	}

}
