/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Baseline;
import io.bulwark.model.BaselineException;
import io.bulwark.model.HardwareType;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.RequiredUpdate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getHardwareTypes <em>Hardware Types</em>}</li>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getRequiredUpdates <em>Required Updates</em>}</li>
 *   <li>{@link io.bulwark.model.impl.BaselineImpl#getExceptions <em>Exceptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineImpl extends MinimalEObjectImpl.Container implements Baseline {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHardwareTypes() <em>Hardware Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<HardwareType> hardwareTypes;

	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredUpdates() <em>Required Updates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<RequiredUpdate> requiredUpdates;

	/**
	 * The cached value of the '{@link #getExceptions() <em>Exceptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptions()
	 * @generated
	 * @ordered
	 */
	protected EList<BaselineException> exceptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BASELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BASELINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BASELINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HardwareType> getHardwareTypes() {
		if (hardwareTypes == null) {
			hardwareTypes = new EDataTypeUniqueEList<HardwareType>(HardwareType.class, this, ModelPackage.BASELINE__HARDWARE_TYPES);
		}
		return hardwareTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BASELINE__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RequiredUpdate> getRequiredUpdates() {
		if (requiredUpdates == null) {
			requiredUpdates = new EObjectContainmentEList<RequiredUpdate>(RequiredUpdate.class, this, ModelPackage.BASELINE__REQUIRED_UPDATES);
		}
		return requiredUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BaselineException> getExceptions() {
		if (exceptions == null) {
			exceptions = new EObjectContainmentEList<BaselineException>(BaselineException.class, this, ModelPackage.BASELINE__EXCEPTIONS);
		}
		return exceptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.BASELINE__REQUIRED_UPDATES:
				return ((InternalEList<?>)getRequiredUpdates()).basicRemove(otherEnd, msgs);
			case ModelPackage.BASELINE__EXCEPTIONS:
				return ((InternalEList<?>)getExceptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.BASELINE__NAME:
				return getName();
			case ModelPackage.BASELINE__DESCRIPTION:
				return getDescription();
			case ModelPackage.BASELINE__HARDWARE_TYPES:
				return getHardwareTypes();
			case ModelPackage.BASELINE__OPERATING_SYSTEM:
				return getOperatingSystem();
			case ModelPackage.BASELINE__REQUIRED_UPDATES:
				return getRequiredUpdates();
			case ModelPackage.BASELINE__EXCEPTIONS:
				return getExceptions();
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
			case ModelPackage.BASELINE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.BASELINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.BASELINE__HARDWARE_TYPES:
				getHardwareTypes().clear();
				getHardwareTypes().addAll((Collection<? extends HardwareType>)newValue);
				return;
			case ModelPackage.BASELINE__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case ModelPackage.BASELINE__REQUIRED_UPDATES:
				getRequiredUpdates().clear();
				getRequiredUpdates().addAll((Collection<? extends RequiredUpdate>)newValue);
				return;
			case ModelPackage.BASELINE__EXCEPTIONS:
				getExceptions().clear();
				getExceptions().addAll((Collection<? extends BaselineException>)newValue);
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
			case ModelPackage.BASELINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.BASELINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.BASELINE__HARDWARE_TYPES:
				getHardwareTypes().clear();
				return;
			case ModelPackage.BASELINE__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case ModelPackage.BASELINE__REQUIRED_UPDATES:
				getRequiredUpdates().clear();
				return;
			case ModelPackage.BASELINE__EXCEPTIONS:
				getExceptions().clear();
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
			case ModelPackage.BASELINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.BASELINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.BASELINE__HARDWARE_TYPES:
				return hardwareTypes != null && !hardwareTypes.isEmpty();
			case ModelPackage.BASELINE__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case ModelPackage.BASELINE__REQUIRED_UPDATES:
				return requiredUpdates != null && !requiredUpdates.isEmpty();
			case ModelPackage.BASELINE__EXCEPTIONS:
				return exceptions != null && !exceptions.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", hardwareTypes: ");
		result.append(hardwareTypes);
		result.append(", operatingSystem: ");
		result.append(operatingSystem);
		result.append(')');
		return result.toString();
	}

} //BaselineImpl
