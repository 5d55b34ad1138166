/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.SettingsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scan Actions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.ScanActionsImpl#getFirst <em>First</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanActionsImpl#getWhenCleanFails <em>When Clean Fails</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScanActionsImpl extends MinimalEObjectImpl.Container implements ScanActions {
	/**
	 * The default value of the '{@link #getFirst() <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirst()
	 * @generated
	 * @ordered
	 */
	protected static final ScanAction FIRST_EDEFAULT = ScanAction.DELETE;

	/**
	 * The cached value of the '{@link #getFirst() <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirst()
	 * @generated
	 * @ordered
	 */
	protected ScanAction first = FIRST_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhenCleanFails() <em>When Clean Fails</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenCleanFails()
	 * @generated
	 * @ordered
	 */
	protected static final ScanAction WHEN_CLEAN_FAILS_EDEFAULT = ScanAction.DELETE;

	/**
	 * The cached value of the '{@link #getWhenCleanFails() <em>When Clean Fails</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenCleanFails()
	 * @generated
	 * @ordered
	 */
	protected ScanAction whenCleanFails = WHEN_CLEAN_FAILS_EDEFAULT;

	/**
	 * This is true if the When Clean Fails attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean whenCleanFailsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScanActionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SCAN_ACTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanAction getFirst() {
		return first;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirst(ScanAction newFirst) {
		ScanAction oldFirst = first;
		first = newFirst == null ? FIRST_EDEFAULT : newFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_ACTIONS__FIRST, oldFirst, first));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanAction getWhenCleanFails() {
		return whenCleanFails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhenCleanFails(ScanAction newWhenCleanFails) {
		ScanAction oldWhenCleanFails = whenCleanFails;
		whenCleanFails = newWhenCleanFails == null ? WHEN_CLEAN_FAILS_EDEFAULT : newWhenCleanFails;
		boolean oldWhenCleanFailsESet = whenCleanFailsESet;
		whenCleanFailsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS, oldWhenCleanFails, whenCleanFails, !oldWhenCleanFailsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWhenCleanFails() {
		ScanAction oldWhenCleanFails = whenCleanFails;
		boolean oldWhenCleanFailsESet = whenCleanFailsESet;
		whenCleanFails = WHEN_CLEAN_FAILS_EDEFAULT;
		whenCleanFailsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS, oldWhenCleanFails, WHEN_CLEAN_FAILS_EDEFAULT, oldWhenCleanFailsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWhenCleanFails() {
		return whenCleanFailsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SCAN_ACTIONS__FIRST:
				return getFirst();
			case SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS:
				return getWhenCleanFails();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.SCAN_ACTIONS__FIRST:
				setFirst((ScanAction)newValue);
				return;
			case SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS:
				setWhenCleanFails((ScanAction)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_ACTIONS__FIRST:
				setFirst(FIRST_EDEFAULT);
				return;
			case SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS:
				unsetWhenCleanFails();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_ACTIONS__FIRST:
				return first != FIRST_EDEFAULT;
			case SettingsPackage.SCAN_ACTIONS__WHEN_CLEAN_FAILS:
				return isSetWhenCleanFails();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (first: ");
		result.append(first);
		result.append(", whenCleanFails: ");
		if (whenCleanFailsESet) result.append(whenCleanFails); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ScanActionsImpl
