package no.kommune.housingfirst.housing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.kommune.housingfirst.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's list of districts (bydeler), kept by administrators: add, rename,
 * deactivate and activate again, and delete one nothing refers to. Units, participants'
 * wishes and the register's filters all choose from this list.
 */
@Service
@Transactional(readOnly = true)
public class Districts {

	public static final int MAX_NAME_LENGTH = 100;

	private final DistrictRepository districts;

	private final NamedParameterJdbcTemplate jdbc;

	Districts(DistrictRepository districts, NamedParameterJdbcTemplate jdbc) {
		this.districts = districts;
		this.jdbc = jdbc;
	}

	/** Every district with how much refers to it, for the administrators' page. */
	public List<DistrictRow> all() {
		return this.jdbc.query(ROWS + " ORDER BY d.name", new MapSqlParameterSource(), Districts::row);
	}

	/** One district for its page; a 404 when there is none. */
	public DistrictRow get(long id) {
		return this.jdbc.query(ROWS + " WHERE d.id = :id", new MapSqlParameterSource("id", id), Districts::row)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("district"));
	}

	/** Every district's name, active or not: for filters over what is registered. */
	public List<String> allNames() {
		return this.districts.findAllNames();
	}

	/** Every district, marked active or not: the register's filter. */
	public List<DistrictChoice> choices() {
		return this.districts.findAll(org.springframework.data.domain.Sort.by("name"))
			.stream()
			.map((d) -> new DistrictChoice(d.getName(), d.isActive()))
			.toList();
	}

	/**
	 * What a form may choose from: the active districts, plus those already chosen (a
	 * unit or a wish keeps a deactivated district until someone changes it).
	 */
	public List<DistrictChoice> choicesFor(Collection<String> chosen) {
		return this.districts.findAll(org.springframework.data.domain.Sort.by("name"))
			.stream()
			.filter((d) -> d.isActive() || (chosen != null && chosen.contains(d.getName())))
			.map((d) -> new DistrictChoice(d.getName(), d.isActive()))
			.toList();
	}

	@Transactional
	public long add(String name) {
		String clean = clean(name);
		if (this.districts.findByNameIgnoringCase(clean).isPresent()) {
			throw new HousingRuleException("name", "housing.district.rule.taken");
		}
		try {
			return this.districts.saveAndFlush(new District(clean)).getId();
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else at the same moment.
			throw new HousingRuleException("name", "housing.district.rule.taken");
		}
	}

	/**
	 * A new name for the district: its units follow (the foreign key cascades), and so do
	 * the participants' wishes that name it.
	 */
	@Transactional
	public void rename(long id, int version, String name) {
		District district = find(id);
		if (district.getVersion() != version) {
			throw new StaleDistrictException();
		}
		String clean = clean(name);
		String old = district.getName();
		if (clean.equals(old)) {
			return;
		}
		Optional<District> same = this.districts.findByNameIgnoringCase(clean);
		if (same.isPresent() && !same.get().getId().equals(district.getId())) {
			throw new HousingRuleException("name", "housing.district.rule.taken");
		}
		district.rename(clean);
		try {
			this.districts.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new HousingRuleException("name", "housing.district.rule.taken");
		}
		this.jdbc.update("""
				UPDATE housing_wish SET districts = array_replace(districts, :old, :new), version = version + 1
				WHERE :old = ANY (districts)""", new MapSqlParameterSource("old", old).addValue("new", clean));
	}

	/** Not offered for new units or wishes any more; what has it keeps it. */
	@Transactional
	public void deactivate(long id) {
		find(id).deactivate();
	}

	@Transactional
	public void activate(long id) {
		find(id).activate();
	}

	/**
	 * Only a district nothing refers to (typed by mistake); one in use is deactivated
	 * instead.
	 */
	@Transactional
	public void delete(long id) {
		District district = find(id);
		if (get(id).inUse()) {
			throw new HousingRuleException("housing.district.rule.inUse");
		}
		try {
			this.districts.delete(district);
			this.districts.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// A unit was registered in it at the same moment.
			throw new HousingRuleException("housing.district.rule.inUse");
		}
	}

	/**
	 * A district a unit may be registered in or moved to: an active one, or the one it
	 * already has.
	 */
	void requireUsable(String name, String current) {
		if (name != null && name.equals(current)) {
			return;
		}
		boolean active = this.districts.findByName(name).map(District::isActive).orElse(false);
		if (!active) {
			throw new HousingRuleException("district", "housing.unit.district.notInList");
		}
	}

	private District find(long id) {
		return this.districts.findById(id).orElseThrow(() -> new NotFoundException("district"));
	}

	/** One space between words, none around: what the list compares and shows. */
	static String clean(String name) {
		String clean = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new HousingRuleException("name", "validation.required");
		}
		if (clean.codePointCount(0, clean.length()) > MAX_NAME_LENGTH) {
			throw new HousingRuleException("name", "validation.maxLength", String.valueOf(MAX_NAME_LENGTH));
		}
		return clean;
	}

	private static final String ROWS = """
			SELECT d.id, d.name, d.active, d.version,
			       (SELECT count(*) FROM housing_unit u WHERE u.district = d.name) AS units,
			       (SELECT count(*) FROM housing_wish w WHERE d.name = ANY (w.districts)) AS wishes
			FROM district d""";

	private static DistrictRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DistrictRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"), rs.getLong("units"),
				rs.getLong("wishes"), rs.getInt("version"));
	}

}
