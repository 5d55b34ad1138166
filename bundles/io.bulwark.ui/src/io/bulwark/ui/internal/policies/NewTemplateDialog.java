package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.bulwark.ui.PolicyWidgetIds;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.settings.SettingsLabels;

/**
 * Asks for a new template's name and, made from a workspace copy, which of the groups the copy sets it takes (all of
 * them at first). Create stays disabled while the name is blank or names a template that exists.
 */
final class NewTemplateDialog extends Dialog {

    private final String source;
    private final List<EReference> offered;
    private final Predicate<String> exists;
    private Text name;
    private Table groups;
    private Label message;
    private String chosenName;
    private final List<EReference> chosenGroups = new ArrayList<>();

    /**
     * @param source
     *            the copy the template is made from, for a person, or {@code null} for an empty template
     * @param offered
     *            the groups the copy sets; empty for an empty template
     * @param exists
     *            whether a template of a name exists already
     */
    NewTemplateDialog(Shell parent, String source, List<EReference> offered, Predicate<String> exists) {
        super(parent);
        this.source = source;
        this.offered = List.copyOf(offered);
        this.exists = exists;
    }

    /** @return the name given, stripped */
    String name() {
        return chosenName;
    }

    /** @return the groups chosen, in the order offered */
    List<EReference> groups() {
        return chosenGroups;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewTemplateDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(source == null
                ? Messages.NewTemplateDialog_empty
                : NLS.bind(Messages.NewTemplateDialog_fromCopy, source));
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(intro);
        new Label(area, SWT.NONE).setText(Messages.NewTemplateDialog_name);
        name = new Text(area, SWT.BORDER | SWT.SINGLE);
        name.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TEMPLATE_NAME);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addListener(SWT.Modify, event -> update());
        if (!offered.isEmpty()) {
            new Label(area, SWT.NONE).setText(Messages.NewTemplateDialog_groups);
            groups = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            groups.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TEMPLATE_GROUPS);
            for (EReference group : offered) {
                TableItem item = new TableItem(groups, SWT.NONE);
                item.setText(SettingsLabels.group(group));
                item.setData(group);
                item.setChecked(true);
            }
            groups.addListener(SWT.Selection, event -> update());
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(groups);
        }
        message = new Label(area, SWT.WRAP);
        message.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TEMPLATE_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button create = createButton(parent, IDialogConstants.OK_ID, Messages.NewTemplateDialog_create, true);
        create.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TEMPLATE_CREATE);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** Says what is wrong, or what the template will hold, and enables Create only when nothing is wrong. */
    private void update() {
        String given = name.getText().strip();
        List<EReference> checked = checked();
        String problem = null;
        if (given.isEmpty()) {
            problem = Messages.NewTemplateDialog_nameMissing;
        } else if (exists.test(given)) {
            problem = NLS.bind(Messages.NewTemplateDialog_nameTaken, given);
        } else if (given.chars().anyMatch(Character::isISOControl)) {
            problem = Messages.NewTemplateDialog_nameControl;
        } else if (groups != null && checked.isEmpty()) {
            problem = Messages.NewTemplateDialog_noGroups;
        }
        message.setText(problem != null
                ? problem
                : checked.isEmpty()
                        ? Messages.NewTemplateDialog_willBeEmpty
                        : NLS.bind(Messages.NewTemplateDialog_willHold, Integer.valueOf(checked.size())));
        message.getParent().layout(true, true);
        Button create = getButton(IDialogConstants.OK_ID);
        if (create != null) {
            create.setEnabled(problem == null);
        }
    }

    private List<EReference> checked() {
        List<EReference> checked = new ArrayList<>();
        if (groups != null) {
            for (TableItem item : groups.getItems()) {
                if (item.getChecked()) {
                    checked.add((EReference) item.getData());
                }
            }
        }
        return checked;
    }

    @Override
    protected void okPressed() {
        chosenName = name.getText().strip();
        chosenGroups.addAll(checked());
        super.okPressed();
    }
}
