/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.AgentCounts;
import io.bulwark.model.ModelPackage;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agent Counts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.AgentCountsImpl#getOnline <em>Online</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCountsImpl#getOffline <em>Offline</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCountsImpl#getRoaming <em>Roaming</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCountsImpl#getMoving <em>Moving</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentCountsImpl extends MinimalEObjectImpl.Container implements AgentCounts {
	/**
	 * The default value of the '{@link #getOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnline()
	 * @generated
	 * @ordered
	 */
	protected static final long ONLINE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnline()
	 * @generated
	 * @ordered
	 */
	protected long online = ONLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffline() <em>Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffline()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFLINE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffline() <em>Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffline()
	 * @generated
	 * @ordered
	 */
	protected long offline = OFFLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoaming() <em>Roaming</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoaming()
	 * @generated
	 * @ordered
	 */
	protected static final long ROAMING_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRoaming() <em>Roaming</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoaming()
	 * @generated
	 * @ordered
	 */
	protected long roaming = ROAMING_EDEFAULT;

	/**
	 * The default value of the '{@link #getMoving() <em>Moving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoving()
	 * @generated
	 * @ordered
	 */
	protected static final long MOVING_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMoving() <em>Moving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoving()
	 * @generated
	 * @ordered
	 */
	protected long moving = MOVING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentCountsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.AGENT_COUNTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOnline() {
		return online;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnline(long newOnline) {
		long oldOnline = online;
		online = newOnline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COUNTS__ONLINE, oldOnline, online));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffline() {
		return offline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffline(long newOffline) {
		long oldOffline = offline;
		offline = newOffline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COUNTS__OFFLINE, oldOffline, offline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRoaming() {
		return roaming;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoaming(long newRoaming) {
		long oldRoaming = roaming;
		roaming = newRoaming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COUNTS__ROAMING, oldRoaming, roaming));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMoving() {
		return moving;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoving(long newMoving) {
		long oldMoving = moving;
		moving = newMoving;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COUNTS__MOVING, oldMoving, moving));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotal() {
		return getOnline() + getOffline() + getRoaming() + getMoving();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.AGENT_COUNTS__ONLINE:
				return getOnline();
			case ModelPackage.AGENT_COUNTS__OFFLINE:
				return getOffline();
			case ModelPackage.AGENT_COUNTS__ROAMING:
				return getRoaming();
			case ModelPackage.AGENT_COUNTS__MOVING:
				return getMoving();
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
			case ModelPackage.AGENT_COUNTS__ONLINE:
				setOnline((Long)newValue);
				return;
			case ModelPackage.AGENT_COUNTS__OFFLINE:
				setOffline((Long)newValue);
				return;
			case ModelPackage.AGENT_COUNTS__ROAMING:
				setRoaming((Long)newValue);
				return;
			case ModelPackage.AGENT_COUNTS__MOVING:
				setMoving((Long)newValue);
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
			case ModelPackage.AGENT_COUNTS__ONLINE:
				setOnline(ONLINE_EDEFAULT);
				return;
			case ModelPackage.AGENT_COUNTS__OFFLINE:
				setOffline(OFFLINE_EDEFAULT);
				return;
			case ModelPackage.AGENT_COUNTS__ROAMING:
				setRoaming(ROAMING_EDEFAULT);
				return;
			case ModelPackage.AGENT_COUNTS__MOVING:
				setMoving(MOVING_EDEFAULT);
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
			case ModelPackage.AGENT_COUNTS__ONLINE:
				return online != ONLINE_EDEFAULT;
			case ModelPackage.AGENT_COUNTS__OFFLINE:
				return offline != OFFLINE_EDEFAULT;
			case ModelPackage.AGENT_COUNTS__ROAMING:
				return roaming != ROAMING_EDEFAULT;
			case ModelPackage.AGENT_COUNTS__MOVING:
				return moving != MOVING_EDEFAULT;
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
			case ModelPackage.AGENT_COUNTS___GET_TOTAL:
				return getTotal();
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
		result.append(" (online: ");
		result.append(online);
		result.append(", offline: ");
		result.append(offline);
		result.append(", roaming: ");
		result.append(roaming);
		result.append(", moving: ");
		result.append(moving);
		result.append(')');
		return result.toString();
	}

} //AgentCountsImpl
