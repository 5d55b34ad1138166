/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.FsmoRole;
import io.bulwark.model.MachineRole;
import io.bulwark.model.ModelPackage;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.MachineRoleImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MachineRoleImpl#getFsmoRoles <em>Fsmo Roles</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MachineRoleImpl#isBusinessCritical <em>Business Critical</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineRoleImpl extends MinimalEObjectImpl.Container implements MachineRole {
	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> functions;

	/**
	 * The cached value of the '{@link #getFsmoRoles() <em>Fsmo Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsmoRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<FsmoRole> fsmoRoles;

	/**
	 * The default value of the '{@link #isBusinessCritical() <em>Business Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessCritical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUSINESS_CRITICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBusinessCritical() <em>Business Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessCritical()
	 * @generated
	 * @ordered
	 */
	protected boolean businessCritical = BUSINESS_CRITICAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MACHINE_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFunctions() {
		if (functions == null) {
			functions = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.MACHINE_ROLE__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FsmoRole> getFsmoRoles() {
		if (fsmoRoles == null) {
			fsmoRoles = new EDataTypeUniqueEList<FsmoRole>(FsmoRole.class, this, ModelPackage.MACHINE_ROLE__FSMO_ROLES);
		}
		return fsmoRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBusinessCritical() {
		return businessCritical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessCritical(boolean newBusinessCritical) {
		boolean oldBusinessCritical = businessCritical;
		businessCritical = newBusinessCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MACHINE_ROLE__BUSINESS_CRITICAL, oldBusinessCritical, businessCritical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDomainController() {
		return getFunctions().contains("domain_controller"); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDatabaseServer() {
		return getFunctions().contains("database_server"); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MACHINE_ROLE__FUNCTIONS:
				return getFunctions();
			case ModelPackage.MACHINE_ROLE__FSMO_ROLES:
				return getFsmoRoles();
			case ModelPackage.MACHINE_ROLE__BUSINESS_CRITICAL:
				return isBusinessCritical();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MACHINE_ROLE__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.MACHINE_ROLE__FSMO_ROLES:
				getFsmoRoles().clear();
				getFsmoRoles().addAll((Collection<? extends FsmoRole>)newValue);
				return;
			case ModelPackage.MACHINE_ROLE__BUSINESS_CRITICAL:
				setBusinessCritical((Boolean)newValue);
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
			case ModelPackage.MACHINE_ROLE__FUNCTIONS:
				getFunctions().clear();
				return;
			case ModelPackage.MACHINE_ROLE__FSMO_ROLES:
				getFsmoRoles().clear();
				return;
			case ModelPackage.MACHINE_ROLE__BUSINESS_CRITICAL:
				setBusinessCritical(BUSINESS_CRITICAL_EDEFAULT);
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
			case ModelPackage.MACHINE_ROLE__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case ModelPackage.MACHINE_ROLE__FSMO_ROLES:
				return fsmoRoles != null && !fsmoRoles.isEmpty();
			case ModelPackage.MACHINE_ROLE__BUSINESS_CRITICAL:
				return businessCritical != BUSINESS_CRITICAL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.MACHINE_ROLE___IS_DOMAIN_CONTROLLER:
				return isDomainController();
			case ModelPackage.MACHINE_ROLE___IS_DATABASE_SERVER:
				return isDatabaseServer();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (functions: ");
		result.append(functions);
		result.append(", fsmoRoles: ");
		result.append(fsmoRoles);
		result.append(", businessCritical: ");
		result.append(businessCritical);
		result.append(')');
		return result.toString();
	}

} //MachineRoleImpl
