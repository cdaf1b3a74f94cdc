package no.kommune.housingfirst.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.staff.Handover;
import no.kommune.housingfirst.staff.NameTakenException;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.PasswordRejectedException;
import no.kommune.housingfirst.staff.SecondFactors;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffHandovers;
import no.kommune.housingfirst.staff.StaffMember;
import no.kommune.housingfirst.staff.StaffRow;
import no.kommune.housingfirst.staff.StaleEditException;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators create people, set their roles and teams, reset passwords (the person
 * must then choose a new one) and deactivate them. Before deactivating, the page says how
 * many active participants the person follows and which section leaders must reassign
 * them; it never names the participants.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private final StaffDirectory directory;

	private final Organisation organisation;

	private final StaffHandovers handovers;

	private final SecondFactors factors;

	StaffAdminController(StaffDirectory directory, Organisation organisation, StaffHandovers handovers,
			SecondFactors factors) {
		this.directory = directory;
		this.organisation = organisation;
		this.handovers = handovers;
		this.factors = factors;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		String q = (query == null) ? "" : query.strip();
		if (q.length() > 100) {
			q = q.substring(0, 100);
		}
		Page<StaffRow> people = this.directory.search(q, FormInput.page(page, 10_000));
		model.addAttribute("people", people);
		model.addAttribute("q", q);
		return "staff/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", StaffForm.empty());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") StaffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		checkMemberships(form, result);
		if (form.password() == null || form.password().isBlank()) {
			result.rejectValue("password", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.directory.create(form.toNewStaffMember(), admin.getUsername());
				redirect.addFlashAttribute("message", "staff.created");
				return "redirect:/admin/staff/" + id;
			}
			catch (NameTakenException ex) {
				result.rejectValue("username", "staff.form.username.taken");
			}
			catch (PasswordRejectedException ex) {
				ex.messageKeys().forEach((key) -> result.rejectValue("password", key));
			}
		}
		return formView(model, null);
	}

	@GetMapping("/{id:\\d+}")
	String editForm(@PathVariable long id, Model model) {
		StaffMember member = this.directory.get(id);
		model.addAttribute("form", StaffForm.from(member));
		return formView(model, member);
	}

	@PostMapping("/{id:\\d+}")
	String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		StaffMember member = this.directory.get(id);
		checkMemberships(form, result);
		// Only name, roles and memberships change here: username and password are not
		// used.
		if (!result.hasFieldErrors("fullName") && !result.hasFieldErrors("roles") && !result.hasFieldErrors("teamIds")
				&& !result.hasFieldErrors("sectionIds")) {
			try {
				this.directory.update(id, form.toChanges(), admin.getUsername());
				redirect.addFlashAttribute("message", "staff.saved");
				return "redirect:/admin/staff/" + id;
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
				result.reject("staff.form.stale");
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("current", StaffForm.from(this.directory.get(id)));
			}
		}
		return formView(model, member);
	}

	@PostMapping("/{id:\\d+}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		if (id == admin.id()) {
			redirect.addFlashAttribute("problem", "staff.deactivate.self");
		}
		else {
			this.directory.deactivate(id, admin.getUsername());
			redirect.addFlashAttribute("message", "staff.deactivated");
		}
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id:\\d+}/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.directory.reactivate(id, admin.getUsername());
		redirect.addFlashAttribute("message", "staff.reactivated");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id:\\d+}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(name = "newPassword", defaultValue = "") String newPassword, RedirectAttributes redirect) {
		try {
			this.directory.resetPassword(id, newPassword, admin.getUsername());
			redirect.addFlashAttribute("message", "staff.password.reset");
		}
		catch (PasswordRejectedException ex) {
			redirect.addFlashAttribute("passwordErrors", ex.messageKeys());
		}
		return "redirect:/admin/staff/" + id;
	}

	/**
	 * Removes the person's authenticator and recovery codes (a lost phone): they enrol
	 * again at their next login. Written to the security log with who did it.
	 */
	@PostMapping("/{id:\\d+}/second-factor")
	String resetSecondFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		this.directory.get(id);
		this.factors.reset(id, admin.getUsername());
		redirect.addFlashAttribute("message", "staff.factor.reset");
		return "redirect:/admin/staff/" + id;
	}

	private void checkMemberships(StaffForm form, BindingResult result) {
		if (form.roles().contains(Role.CASEWORKER) && form.teamIds().isEmpty()) {
			result.rejectValue("teamIds", "staff.form.teams.required");
		}
		if (form.roles().contains(Role.SECTION_LEADER) && form.sectionIds().isEmpty()) {
			result.rejectValue("sectionIds", "staff.form.sections.required");
		}
	}

	private String formView(Model model, StaffMember member) {
		model.addAttribute("member", member);
		// What deactivating this person leaves behind: counts per team, never who.
		model.addAttribute("handover", (member != null) ? this.handovers.of(member.getId()) : Handover.NONE);
		model.addAttribute("factors", (member != null) ? this.factors.status(member.getId()) : null);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allTeams", this.organisation.teams());
		model.addAttribute("allSections", this.organisation.sections());
		return "staff/form";
	}

}
