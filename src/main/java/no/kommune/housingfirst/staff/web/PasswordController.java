package no.kommune.housingfirst.staff.web;

import jakarta.validation.Valid;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.PasswordRejectedException;
import no.kommune.housingfirst.staff.StaffAccounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changes their own password, giving the current one. Also the one page open to
 * somebody whose password an administrator set: the security chain sends them here until
 * they have changed it (see {@code shared.security.PasswordChangeFilter}).
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final StaffAccounts accounts;

	PasswordController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return view(user, model);
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
				&& !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "staff.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("message", "staff.password.changed");
				return "redirect:/";
			}
			catch (PasswordRejectedException ex) {
				ex.messageKeys()
					.forEach((key) -> result.rejectValue(
							key.equals("staff.password.currentWrong") ? "currentPassword" : "newPassword", key));
			}
		}
		return view(user, model);
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("required", user.passwordChangeRequired());
		return "staff/password";
	}

}
