package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.Optional;

import no.kommune.housingfirst.participant.CurrentHomes;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant's current home for the participant page: the tenancy they have moved
 * into and that has not ended, with its unit's address. The caller has checked access and
 * audits the read.
 */
@Component
class CurrentHomeQuery implements CurrentHomes {

	private final NamedParameterJdbcTemplate jdbc;

	CurrentHomeQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Home> of(long participantId) {
		return this.jdbc
			.query("""
					SELECT u.street_address, u.unit_label, u.postcode, t.kind, t.starts_on, t.ends_on,
					       t.monthly_rent_kroner, t.landlord, t.first_night_on
					FROM tenancy t JOIN housing_unit u ON u.id = t.unit_id
					WHERE t.participant_id = :p AND t.first_night_on IS NOT NULL AND t.ended_on IS NULL""",
					new MapSqlParameterSource("p", participantId),
					(rs, n) -> new Home(
							HousingUnit.address(rs.getString("street_address"), rs.getString("unit_label"),
									rs.getString("postcode")),
							TenancyKind.LEASE.name().equals(rs.getString("kind")),
							rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
							(Integer) rs.getObject("monthly_rent_kroner"), rs.getString("landlord"),
							rs.getObject("first_night_on", LocalDate.class)))
			.stream()
			.findFirst();
	}

}
