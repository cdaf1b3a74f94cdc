package no.kommune.housingfirst.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.kommune.housingfirst.shared.security.Role;

/**
 * A person who works with the system. Guards its own rules: a caseworker belongs to at
 * least one team, a section leader leads at least one section, failed logins lock the
 * account for a growing while, and a password somebody else set must be replaced by its
 * holder.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String passwordHash;

	private boolean active = true;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	private boolean passwordChangeRequired;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "staff_member_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "staff_member_team", joinColumns = @JoinColumn(name = "staff_member_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "staff_member_section", joinColumns = @JoinColumn(name = "staff_member_id"),
			inverseJoinColumns = @JoinColumn(name = "section_id"))
	private Set<Section> sections = new HashSet<>();

	protected StaffMember() {
	}

	/**
	 * @param passwordChangeRequired whether the holder must replace the initial password
	 * at their first login (see {@link NewStaffMember})
	 */
	StaffMember(String username, String fullName, String passwordHash, boolean passwordChangeRequired) {
		this.username = username.toLowerCase(java.util.Locale.ROOT);
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	/**
	 * Sets name, roles and memberships in one step, so the rules are checked on the
	 * whole.
	 */
	void assign(String fullName, Set<Role> roles, Set<Team> teams, Set<Section> sections) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A staff member needs at least one role");
		}
		if (roles.contains(Role.CASEWORKER) && teams.isEmpty()) {
			throw new IllegalArgumentException("A caseworker belongs to at least one team");
		}
		if (roles.contains(Role.SECTION_LEADER) && sections.isEmpty()) {
			throw new IllegalArgumentException("A section leader leads at least one section");
		}
		this.fullName = fullName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.teams.clear();
		this.teams.addAll(teams);
		this.sections.clear();
		if (roles.contains(Role.SECTION_LEADER)) {
			this.sections.addAll(sections);
		}
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * A password somebody else chose (an administrator, the operator's bootstrap
	 * settings): its holder must replace it at their next login.
	 */
	void setPasswordForHolder(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
	}

	/** The holder chose their own password: nothing more to change. */
	void changeOwnPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
	}

	/**
	 * Counts a failed login. From the threshold on, the account is locked for one minute,
	 * doubling with each further failure up to the maximum: slow enough to stop guessing,
	 * short enough that nobody can lock a colleague out for long.
	 * @return whether this failure locked the account
	 */
	boolean recordFailedLogin(Instant now, int threshold, int maxMinutes) {
		this.failedLogins++;
		if (this.failedLogins < threshold) {
			return false;
		}
		int doublings = Math.min(this.failedLogins - threshold, 10);
		long minutes = Math.min(1L << doublings, maxMinutes);
		this.lockedUntil = now.plus(Duration.ofMinutes(minutes));
		return true;
	}

	void recordSuccessfulLogin(Instant now) {
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public int getVersion() {
		return this.version;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles));
	}

	public Set<Team> getTeams() {
		return Set.copyOf(this.teams);
	}

	public Set<Section> getSections() {
		return Set.copyOf(this.sections);
	}

}
